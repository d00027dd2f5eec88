/// A regularization path: the elastic net solved for a descending sequence of `α`, each
/// fit warm-started from the previous solution (the first from `w = 0`), as scikit-learn's
/// `enet_path` and `lasso_path` do.
///
///     minimize over w, b:   1/(2n)·‖y − X·w − b‖² + α_k·ρ·‖w‖₁ + α_k·(1 − ρ)/2·‖w‖²
///
/// Neighbouring solutions are close, so each warm start needs only a few sweeps; a whole
/// 100-value path costs little more than a few cold fits. With the automatic grid the
/// first solution, at `α_max`, is exactly all zeros (see `AlphaGrid`).
///
/// ```swift
/// let path = try ElasticNetPath(features: x, targets: y, l1Ratio: 1)   // a lasso path
/// for (alpha, fit) in zip(path.alphas, path.fits) { print(alpha, fit.zeroCount) }
/// ```
public struct ElasticNetPath: Equatable, Sendable {
  /// The penalty strengths, in decreasing order.
  public let alphas: [Double]
  /// The fit at each `alphas[k]`.
  public let fits: [ElasticNetFit]

  /// The coefficients at each `α`: `coefficients[k][j]` is `w_j` at `alphas[k]`.
  public var coefficients: [[Double]] { fits.map(\.coefficients) }

  /// The path on scikit-learn's automatic grid (`AlphaGrid.alphas`).
  ///
  /// - Parameters:
  ///   - l1Ratio: `ρ ∈ (0, 1]`; 1 gives the lasso path.
  ///   - count: The number of `α` values (scikit-learn's `n_alphas`).
  ///   - eps: `α_min / α_max`.
  ///   - tolerance: The relative duality-gap tolerance of every fit.
  ///   - maxIterations: The sweep limit of every fit.
  /// - Throws: the errors of `AlphaGrid.alphas` and `ElasticNet`.
  public init(
    features: Matrix, targets: [Double], l1Ratio: Double = 1, fitIntercept: Bool = true,
    count: Int = 100, eps: Double = 1e-3, tolerance: Double = 1e-4,
    maxIterations: Int = 1000
  ) throws(RegularizationError) {
    try AlphaGrid.checkRatio(l1Ratio)
    try AlphaGrid.checkShape(count: count, eps: eps)
    let design = try CenteredDesign(
      features: features, targets: targets, fitIntercept: fitIntercept)
    let grid = AlphaGrid.alphas(design, l1Ratio: l1Ratio, count: count, eps: eps)
    try self.init(
      design, alphas: grid,
      settings: PathSettings(
        l1Ratio: l1Ratio, tolerance: tolerance, maxIterations: maxIterations))
  }

  /// The path over the given `alphas`, which are solved (and reported) in decreasing
  /// order, as scikit-learn sorts them, so that each warm start comes from a larger `α`.
  ///
  /// - Parameter l1Ratio: `ρ ∈ [0, 1]`; 0 (ridge) is allowed with explicit `alphas`.
  /// - Throws: the errors of `ElasticNet.init` (for each `α`) and `ElasticNet.fit`.
  public init(
    features: Matrix, targets: [Double], alphas: [Double], l1Ratio: Double = 1,
    fitIntercept: Bool = true, tolerance: Double = 1e-4, maxIterations: Int = 1000
  ) throws(RegularizationError) {
    let design = try CenteredDesign(
      features: features, targets: targets, fitIntercept: fitIntercept)
    try self.init(
      design, alphas: alphas.sorted(by: >),
      settings: PathSettings(
        l1Ratio: l1Ratio, tolerance: tolerance, maxIterations: maxIterations))
  }

  /// The path over `alphas`, already sorted decreasing, on data prepared once.
  init(_ design: CenteredDesign, alphas: [Double], settings: PathSettings)
    throws(RegularizationError)
  {
    var fits: [ElasticNetFit] = []
    fits.reserveCapacity(alphas.count)
    var previous: [Double]? = nil
    for alpha in alphas {
      let model = try ElasticNet(
        alpha: alpha, l1Ratio: settings.l1Ratio, fitIntercept: design.fitIntercept,
        tolerance: settings.tolerance, maxIterations: settings.maxIterations)
      let fit = try model.fit(design, warmStart: previous)
      fits.append(fit)
      previous = fit.coefficients
    }
    self.alphas = alphas
    self.fits = fits
  }
}
