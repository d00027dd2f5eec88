/// Derivatives estimated by central differences, to check analytic ones.
///
///     f′(x) ≈ (f(x + h) − f(x − h)) / (2h)
///
/// The error is `h²·f‴(ξ)/6` from truncation plus about `ε·|f(x)|/h` from rounding
/// (`ε ≈ 2.2e-16`), so `h` near `∛ε ≈ 6e-6` (times the scale of `x`) balances the two.
/// For an affine function the truncation term is exactly 0 and only rounding remains.
public enum FiniteDifference {
  /// The central-difference estimate of `f′(x)`.
  ///
  /// - Throws: `.invalidParameter` unless `step` is finite and > 0.
  public static func derivative(
    of f: (Double) -> Double, at x: Double, step: Double = 1e-5
  ) throws(RegularizationError) -> Double {
    try check(step)
    return (f(x + step) - f(x - step)) / (2 * step)
  }

  /// The central-difference estimate of `∇f(x)`, one coordinate at a time:
  ///
  ///     ∂f/∂x_j ≈ (f(x + h·e_j) − f(x − h·e_j)) / (2h)
  ///
  /// - Complexity: `2·x.count` evaluations of `f`.
  /// - Throws: `.invalidParameter` unless `step` is finite and > 0.
  public static func gradient(
    of f: ([Double]) -> Double, at x: [Double], step: Double = 1e-5
  ) throws(RegularizationError) -> [Double] {
    try check(step)
    var point = x
    return x.indices.map { j in
      point[j] = x[j] + step
      let forward = f(point)
      point[j] = x[j] - step
      let backward = f(point)
      point[j] = x[j]
      return (forward - backward) / (2 * step)
    }
  }

  private static func check(_ step: Double) throws(RegularizationError) {
    guard step.isFinite, step > 0 else {
      throw .invalidParameter(name: "step", value: step, requirement: "finite and > 0")
    }
  }
}
