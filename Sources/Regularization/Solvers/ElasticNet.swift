/// The elastic net in scikit-learn's convention, fitted by cyclic coordinate descent.
///
///     minimize over w, b:   1/(2n)·‖y − X·w − b‖² + α·ρ·‖w‖₁ + α·(1 − ρ)/2·‖w‖²
///
/// `α` (`alpha`) is the overall strength and `ρ` (`l1Ratio`) the share of L1: `ρ = 1` is
/// the lasso, `ρ = 0` ridge (but note the 1/(2n) and the ½ on the L2 term: this `α` is not
/// `RidgeRegression`'s). The intercept `b` is never penalized; it is handled by centering
/// (see `CenteredDesign`). The update and the stopping rule are documented on
/// `CoordinateDescent`, the duality gap on `DualityGap`.
///
/// ```swift
/// let model = try ElasticNet(alpha: 0.1, l1Ratio: 0.5)
/// let fit = try model.fit(features: x, targets: y)
/// print(fit.coefficients, fit.intercept, fit.sweeps)
/// ```
public struct ElasticNet: Equatable, Sendable {
  /// The penalty strength `α ≥ 0`.
  public let alpha: Double
  /// `ρ`, the tolerance and the sweep limit.
  public let settings: PathSettings
  /// The L1 share `ρ ∈ [0, 1]`.
  public var l1Ratio: Double { settings.l1Ratio }
  /// Whether to fit an unpenalized intercept (by centering `X` and `y`).
  public let fitIntercept: Bool
  /// The relative tolerance `tol > 0`: the solver stops when the duality gap is at most
  /// `tol·‖y_c‖²` (scikit-learn's default is 1e-4).
  public var tolerance: Double { settings.tolerance }
  /// The largest number of full sweeps over the coordinates, `≥ 1`.
  public var maxIterations: Int { settings.maxIterations }

  /// Checks and stores a configuration.
  ///
  /// - Throws: `.nonFinite` for a NaN or infinite `alpha`; `.negativePenalty` if
  ///   `alpha < 0`; `.invalidParameter` if `l1Ratio` is outside [0, 1], `tolerance` is
  ///   not > 0, or `maxIterations < 1`.
  public init(
    alpha: Double, l1Ratio: Double = 0.5, fitIntercept: Bool = true,
    tolerance: Double = 1e-4, maxIterations: Int = 1000
  ) throws(RegularizationError) {
    try PathSettings.check(alpha: alpha)
    self.settings = try PathSettings(
      l1Ratio: l1Ratio, tolerance: tolerance, maxIterations: maxIterations)
    self.alpha = alpha
    self.fitIntercept = fitIntercept
  }

  /// Fits the model to `features` (n × p) and `targets` (n).
  ///
  /// - Parameter warmStart: Starting coefficients (p values); zeros if `nil`. Starting
  ///   from a nearby solution, as along a path, saves most of the sweeps.
  /// - Throws: `.dimensionMismatch` if the sizes disagree; `.tooFewSamples` if n < 2;
  ///   `.nonFinite` if any input is NaN or infinite.
  public func fit(
    features: Matrix, targets: [Double], warmStart: [Double]? = nil
  ) throws(RegularizationError) -> ElasticNetFit {
    let design = try CenteredDesign(
      features: features, targets: targets, fitIntercept: fitIntercept)
    return try fit(design, warmStart: warmStart)
  }

  /// Fits on data already prepared (used by `ElasticNetPath` to prepare it once).
  func fit(
    _ design: CenteredDesign, warmStart: [Double]?
  ) throws(RegularizationError) -> ElasticNetFit {
    let start = warmStart ?? [Double](repeating: 0, count: design.columns)
    guard start.count == design.columns else {
      throw .dimensionMismatch(
        what: "warm start coefficients (one per feature)", expected: design.columns,
        actual: start.count)
    }
    guard start.allSatisfy(\.isFinite) else { throw .nonFinite(what: "warm start") }
    let n = Double(design.rows)
    let (l1, l2) = penaltyWeights(samples: design.rows)
    let outcome = CoordinateDescent.solve(
      design, l1: l1, l2: l2, tolerance: tolerance, maxIterations: maxIterations,
      start: start)
    return ElasticNetFit(
      coefficients: outcome.coefficients,
      intercept: fitIntercept ? design.intercept(for: outcome.coefficients) : 0,
      sweeps: outcome.sweeps, dualityGap: outcome.gap / n,
      gapTolerance: outcome.gapTolerance / n, isConverged: outcome.isConverged)
  }

  /// The solver's penalty weights for `n` samples (`PathSettings.penaltyWeights`).
  func penaltyWeights(samples: Int) -> (l1: Double, l2: Double) {
    settings.penaltyWeights(alpha: alpha, samples: samples)
  }
}
