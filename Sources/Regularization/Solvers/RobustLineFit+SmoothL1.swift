extension RobustLineFit {
  /// The Smooth L1 line, `argmin_{a,b} Σ_i SmoothL1_β(a + b·x_i − y_i)` (also the Huber(δ = β)
  /// line), by iteratively reweighted least squares finished with an exact solve.
  ///
  /// IRLS: from the least-squares line, repeat the weighted least-squares fit with
  ///
  ///     w_i = ℓ′(r_i)/r_i = min(1/β, 1/|r_i|)
  ///
  /// Each step minimizes a quadratic that lies above the loss and touches it at the
  /// current line (ℓ(√u) is concave in u), so the loss never rises and the lines converge
  /// to the minimizer. The gradient `Σ ℓ′(r_i)·(1, x_i)` is linear in `(a, b)` once it is
  /// known which residuals lie inside `(−β, β)` (set Q) and the signs of the others:
  ///
  ///     Σ_{i∈Q} (r_i/β)·(1, x_i) + Σ_{i∉Q} sign(r_i)·(1, x_i) = 0
  ///
  /// Every iteration solves this for the current pattern; when the solution has that same
  /// pattern, its gradient is 0 (to rounding) and, the loss being convex, it is the exact
  /// minimizer. That usually happens within a few iterations.
  ///
  /// - Parameters:
  ///   - beta: The width `β > 0` of the quadratic zone (β = 0 is L1: use
  ///     `leastAbsoluteDeviations`).
  ///   - maxIterations: A guard on the number of IRLS steps.
  /// - Returns: The line, with `iterations` = the IRLS steps taken before the exact solve.
  /// - Throws: `.invalidParameter` for `beta` not finite and > 0 or constant x;
  ///   `.dimensionMismatch`, `.tooFewSamples`, `.nonFinite` for bad points.
  public static func smoothL1(
    x: [Double], y: [Double], beta: Double, maxIterations: Int = 1000
  ) throws(RegularizationError) -> LineFit {
    guard beta.isFinite, beta > 0 else {
      throw .invalidParameter(name: "beta", value: beta, requirement: "finite and > 0")
    }
    try validate(x: x, y: y)
    var line = weightedLeastSquares(x: x, y: y, weights: [Double](repeating: 1, count: x.count))
    for step in 0..<maxIterations {
      let residuals = line.residuals(x: x, y: y)
      let current = pattern(residuals, beta: beta)
      if var exact = patternSolution(current, x: x, y: y, beta: beta),
        pattern(exact.residuals(x: x, y: y), beta: beta) == current
      {
        exact.iterations = step
        return exact
      }
      let weights = residuals.map { min(1 / beta, 1 / abs($0)) }
      let next = weightedLeastSquares(x: x, y: y, weights: weights)
      if next == line { break }
      line = next
    }
    line.iterations = maxIterations
    return line
  }

  /// Per residual: 0 inside the quadratic zone `|r| < β`, else `sign(r)`.
  static func pattern(_ residuals: [Double], beta: Double) -> [Int8] {
    residuals.map { abs($0) < beta ? 0 : ($0 > 0 ? 1 : -1) }
  }

  /// The zero of the gradient for a fixed pattern, or nil if fewer than two distinct x
  /// lie inside. With x̄ and n_Q over Q and `s_i` the signs outside:
  ///
  ///     b = [Σ_Q (x_i − x̄)·y_i − β·Σ_{∉Q} s_i·(x_i − x̄)] / Σ_Q (x_i − x̄)²
  ///     a = [Σ_Q y_i − β·Σ_{∉Q} s_i] / n_Q − b·x̄
  static func patternSolution(
    _ pattern: [Int8], x: [Double], y: [Double], beta: Double
  ) -> LineFit? {
    let inside = x.indices.filter { pattern[$0] == 0 }
    guard inside.count >= 2 else { return nil }
    let meanX = inside.reduce(0) { $0 + x[$1] } / Double(inside.count)
    var sxx = 0.0
    var numerator = 0.0
    var sumY = 0.0
    for i in x.indices {
      if pattern[i] == 0 {
        sxx += (x[i] - meanX) * (x[i] - meanX)
        numerator += (x[i] - meanX) * y[i]
        sumY += y[i]
      } else {
        numerator -= beta * Double(pattern[i]) * (x[i] - meanX)
        sumY -= beta * Double(pattern[i])
      }
    }
    guard sxx > 0 else { return nil }
    let slope = numerator / sxx
    return LineFit(intercept: sumY / Double(inside.count) - slope * meanX, slope: slope)
  }
}
