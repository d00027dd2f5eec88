import Foundation

extension Penalty {
  /// `count` points of the level set `P(w) = level` of a penalty on two weights, closed
  /// (the last point repeats the first): along each direction `u = (cos φ, sin φ)` the
  /// radius r with `P(r·u) = level`, found by bisection to machine precision.
  ///
  /// For L1 it is the diamond `|w₁| + |w₂| = level/α`, for L2 the circle; the elastic net
  /// draws a diamond with bulging edges. It needs `P(0) = 0` and `P` growing along every
  /// ray, true of every convex penalty here.
  ///
  /// - Returns: The x and y coordinates; empty for a level ≤ 0 or `count < 2`.
  public func levelSet(_ level: Double, count: Int) -> (x: [Double], y: [Double]) {
    guard level > 0, level.isFinite, count >= 2 else { return ([], []) }
    var x: [Double] = []
    var y: [Double] = []
    for k in 0..<count {
      let angle = 2 * Double.pi * Double(k) / Double(count - 1)
      let u = [cos(angle), sin(angle)]
      var high = 1.0
      while value(scaled(u, by: high)) < level && high < 1e300 { high *= 2 }
      var low = 0.0
      while true {
        let mid = 0.5 * (low + high)
        guard mid > low, mid < high else { break }
        if value(scaled(u, by: mid)) < level { low = mid } else { high = mid }
      }
      x.append(high * u[0])
      y.append(high * u[1])
    }
    return (x, y)
  }
}
