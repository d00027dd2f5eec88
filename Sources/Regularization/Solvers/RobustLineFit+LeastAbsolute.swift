import Foundation

extension RobustLineFit {
  /// The least-absolute-deviations (L1) line, `argmin_{a,b} Σ_i |a + b·x_i − y_i|`, by
  /// Wesolowsky's direct descent: exact, in a finite number of steps.
  ///
  /// Σ|r_i| is convex and piecewise linear in `(a, b)`, so a minimizer is found among the
  /// lines through two data points. Among the lines through a pivot point `k`, the loss is
  ///
  ///     Σ_i |y_i − y_k − b·(x_i − x_k)| = Σ_i |x_i − x_k| · |s_i − b|,
  ///     s_i = (y_i − y_k)/(x_i − x_k),
  ///
  /// minimized by a weighted median of the slopes `s_i` (weights `|x_i − x_k|`): the best
  /// line through `k` passes through a second point `j`. The method pivots about a point
  /// of the current line as long as that strictly lowers the loss. When no point of the
  /// line can pivot to a lower loss, no direction lowers it (the loss's kinks in `(a, b)`
  /// are exactly the rotations about those points), so the line is a global minimizer.
  ///
  /// - Parameter maxIterations: A guard on the number of pivots, far above need (each
  ///   pivot visits a new line with a strictly lower loss; a few dozen suffice for
  ///   n = 1000).
  /// - Returns: The line, with `iterations` = the number of lines visited.
  /// - Throws: `.dimensionMismatch`, `.tooFewSamples` (n < 2), `.nonFinite`, or
  ///   `.invalidParameter` when every x is the same.
  /// - Complexity: O(n log n) per pivot.
  ///
  /// Reference: G. O. Wesolowsky, "A new descent algorithm for the least absolute value
  /// regression problem", Communications in Statistics B 10(5), 1981.
  public static func leastAbsoluteDeviations(
    x: [Double], y: [Double], maxIterations: Int = 10_000
  ) throws(RegularizationError) -> LineFit {
    try validate(x: x, y: y)
    let order = x.indices.sorted { x[$0] < x[$1] }
    var pivot = order[order.count / 2]
    var (line, partner) = bestLine(through: pivot, x: x, y: y)
    var loss = line.totalLoss(L1Loss(), x: x, y: y)
    var visited = 1
    while visited < maxIterations {
      // Pivot about the newest point first (Wesolowsky's order), then any other point on
      // the line: with more than two collinear points each must be tried.
      let scale = residualScale(line, x: x, y: y)
      let residuals = line.residuals(x: x, y: y)
      let onLine = [partner] + x.indices.filter { $0 != partner && abs(residuals[$0]) <= scale }
      var moved = false
      for k in onLine where k != pivot {
        let (candidate, next) = bestLine(through: k, x: x, y: y)
        let candidateLoss = candidate.totalLoss(L1Loss(), x: x, y: y)
        // Strictly lower, beyond rounding of a sum of n terms of size ~loss/n.
        if candidateLoss < loss - 1e-13 * loss {
          (line, loss, pivot, partner) = (candidate, candidateLoss, k, next)
          moved = true
          visited += 1
          break
        }
      }
      if !moved { break }
    }
    line.iterations = visited
    return line
  }

  /// The L1-best line through point `k`, and the second point it passes through.
  static func bestLine(through k: Int, x: [Double], y: [Double]) -> (LineFit, Int) {
    var slopes: [(slope: Double, weight: Double, index: Int)] = []
    var total = 0.0
    for i in x.indices where x[i] != x[k] {
      let weight = abs(x[i] - x[k])
      slopes.append(((y[i] - y[k]) / (x[i] - x[k]), weight, i))
      total += weight
    }
    slopes.sort { ($0.slope, $0.index) < ($1.slope, $1.index) }
    // The weighted median: the first slope where the cumulative weight reaches half.
    var cumulative = 0.0
    var chosen = slopes[slopes.count - 1]
    for entry in slopes {
      cumulative += entry.weight
      if cumulative >= total / 2 {
        chosen = entry
        break
      }
    }
    let line = LineFit(intercept: y[k] - chosen.slope * x[k], slope: chosen.slope)
    return (line, chosen.index)
  }

  /// The size below which a residual counts as 0 (the point lies on the line): 10⁻⁹ of
  /// the size of the numbers involved, far above the rounding of `a + b·x − y`.
  static func residualScale(_ line: LineFit, x: [Double], y: [Double]) -> Double {
    var size = abs(line.intercept)
    for i in x.indices { size = max(size, abs(y[i]), abs(line.slope * x[i])) }
    return 1e-9 * max(size, .leastNormalMagnitude)
  }
}
