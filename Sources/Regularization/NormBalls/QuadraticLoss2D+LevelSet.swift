import Foundation

extension QuadraticLoss2D {
  /// `count` points of the level set `f(w) = level`, an ellipse around c, closed (the last
  /// point repeats the first):
  ///
  ///     w(φ) = c + √(2·level/λ₊)·cos φ·v₊ + √(2·level/λ₋)·sin φ·v₋,   φ ∈ [0, 2π]
  ///
  /// - Returns: The x and y coordinates; empty for a level ≤ 0 or `count < 2`.
  public func levelSet(_ level: Double, count: Int) -> (x: [Double], y: [Double]) {
    guard level > 0, level.isFinite, count >= 2 else { return ([], []) }
    let (large, small) = hessian.eigenvalues
    let (v1, v2) = hessian.eigenvectors
    let (r1, r2) = ((2 * level / large).squareRoot(), (2 * level / small).squareRoot())
    let angles = (0..<count).map { 2 * Double.pi * Double($0) / Double(count - 1) }
    let x = angles.map { centre[0] + r1 * cos($0) * v1[0] + r2 * sin($0) * v2[0] }
    let y = angles.map { centre[1] + r1 * cos($0) * v1[1] + r2 * sin($0) * v2[1] }
    return (x, y)
  }
}
