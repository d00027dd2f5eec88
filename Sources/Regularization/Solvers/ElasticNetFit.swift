/// The result of fitting an elastic net (or lasso) by coordinate descent.
///
/// The gap and its tolerance are reported in the units of the 1/(2n) objective, like
/// scikit-learn's `dual_gap_`: the solver's internal values divided by `n`.
public struct ElasticNetFit: LinearPredictor, Equatable, Sendable {
  /// The coefficients `w`, one per feature; exact zeros are real zeros (`0.0`).
  public var coefficients: [Double]
  /// The intercept `b = ȳ − x̄ᵀw` (0 when fitted without an intercept).
  public var intercept: Double
  /// The number of full coordinate sweeps run (scikit-learn's `n_iter_`); 0 when the
  /// starting point already met the tolerance.
  public var sweeps: Int
  /// The duality gap `G(w)/n` at the returned coefficients, an upper bound on how far the
  /// objective is above its minimum.
  public var dualityGap: Double
  /// The gap the solver had to reach: `tol·‖y_c‖²/n`.
  public var gapTolerance: Double
  /// Whether `dualityGap ≤ gapTolerance` was reached within `maxIterations` sweeps.
  public var isConverged: Bool

  package init(
    coefficients: [Double], intercept: Double, sweeps: Int, dualityGap: Double,
    gapTolerance: Double, isConverged: Bool
  ) {
    self.coefficients = coefficients
    self.intercept = intercept
    self.sweeps = sweeps
    self.dualityGap = dualityGap
    self.gapTolerance = gapTolerance
    self.isConverged = isConverged
  }

  /// The number of coefficients that are exactly zero.
  public var zeroCount: Int { coefficients.count(where: { $0 == 0 }) }
}
