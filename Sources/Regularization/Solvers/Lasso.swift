/// The lasso in scikit-learn's convention: the elastic net with `ρ = 1`.
///
///     minimize over w, b:   1/(2n)·‖y − X·w − b‖² + α·‖w‖₁
///
/// Every coefficient is exactly 0 once `α ≥ α_max = max_j |x_jᵀ(y − ȳ)| / n` (see
/// `AlphaGrid.alphaMax`).
public struct Lasso: Equatable, Sendable {
  /// The same model as an `ElasticNet` with `l1Ratio = 1`.
  public let elasticNet: ElasticNet

  /// The penalty strength `α ≥ 0`.
  public var alpha: Double { elasticNet.alpha }

  /// Checks and stores a configuration; see `ElasticNet.init` for the rules.
  public init(
    alpha: Double, fitIntercept: Bool = true, tolerance: Double = 1e-4,
    maxIterations: Int = 1000
  ) throws(RegularizationError) {
    elasticNet = try ElasticNet(
      alpha: alpha, l1Ratio: 1, fitIntercept: fitIntercept, tolerance: tolerance,
      maxIterations: maxIterations)
  }

  /// Fits the lasso by coordinate descent; see `ElasticNet.fit`.
  public func fit(
    features: Matrix, targets: [Double], warmStart: [Double]? = nil
  ) throws(RegularizationError) -> ElasticNetFit {
    try elasticNet.fit(features: features, targets: targets, warmStart: warmStart)
  }
}
