/// The same regularization path as `ElasticNetPath`, computed much faster on large data:
/// coordinate descent on lazily computed Gram columns over a working set (see
/// `CovarianceDescent`), with the same objective, grid and tolerance.
///
///     minimize over w, b:   1/(2n)·‖y − X·w − b‖² + α_k·ρ·‖w‖₁ + α_k·(1 − ρ)/2·‖w‖²
///
/// The guarantee is the reference solver's: every returned solution has a duality gap over
/// all features `≤ tol·‖y_c‖²` (solver scale). It is checked at the returned coefficients,
/// from `w` alone: by default through the Gram identities with a rigorous bound on every
/// rounding error (`CertifiedGap`, O(p) per solution), and, for any solution that bound
/// cannot certify (or for all, with `directGapCheck`), directly from the data,
/// `r = y_c − X_c·w` and `X_cᵀr` for every feature (`ExactGaps`, O(n·p) per solution).
/// A solution certified but refused by the direct check (a rounding tie) is finished by
/// the reference `CoordinateDescent`, which checks its gap directly too.
///
/// The iterates differ from the reference solver's, so solutions agree with it to within
/// what the tolerance allows, not bit for bit; `sweeps` counts passes over the working set.
///
/// ```swift
/// let path = try FastElasticNetPath(features: x, targets: y, l1Ratio: 0.5)
/// print(path.alphas.count, path.fits.last?.zeroCount ?? 0)
/// ```
public struct FastElasticNetPath: Equatable, Sendable {
  /// The penalty strengths, in decreasing order.
  public let alphas: [Double]
  /// The fit at each `alphas[k]`; `dualityGap` is the certified bound or the directly
  /// computed gap (see the type's description).
  public let fits: [ElasticNetFit]

  /// The coefficients at each `α`: `coefficients[k][j]` is `w_j` at `alphas[k]`.
  public var coefficients: [[Double]] { fits.map(\.coefficients) }

  /// The path on scikit-learn's automatic grid; see `ElasticNetPath`'s initializer of the
  /// same shape for the parameters.
  public init(
    features: Matrix, targets: [Double], l1Ratio: Double = 1, fitIntercept: Bool = true,
    count: Int = 100, eps: Double = 1e-3, tolerance: Double = 1e-4,
    maxIterations: Int = 1000, directGapCheck: Bool = false
  ) throws(RegularizationError) {
    try AlphaGrid.checkRatio(l1Ratio)
    try AlphaGrid.checkShape(count: count, eps: eps)
    try self.init(
      CenteredDesign(features: features, targets: targets, fitIntercept: fitIntercept),
      l1Ratio: l1Ratio, count: count, eps: eps, tolerance: tolerance,
      maxIterations: maxIterations, directGapCheck: directGapCheck)
  }

  /// The path over the given `alphas`, solved and reported in decreasing order.
  ///
  /// - Parameter l1Ratio: `ρ ∈ [0, 1]`; 0 (ridge) is allowed with explicit `alphas`.
  public init(
    features: Matrix, targets: [Double], alphas: [Double], l1Ratio: Double = 1,
    fitIntercept: Bool = true, tolerance: Double = 1e-4, maxIterations: Int = 1000,
    directGapCheck: Bool = false
  ) throws(RegularizationError) {
    try self.init(
      CenteredDesign(features: features, targets: targets, fitIntercept: fitIntercept),
      alphas: alphas, l1Ratio: l1Ratio, tolerance: tolerance, maxIterations: maxIterations,
      directGapCheck: directGapCheck)
  }

  /// The path on scikit-learn's automatic grid, on data prepared once.
  ///
  /// - Parameter directGapCheck: Also compute every solution's gap directly from the data
  ///   (O(n·p) each) instead of only where the certified bound does not suffice.
  /// - Throws: `.invalidParameter` for `ρ` outside (0, 1], `count < 1`, `eps` outside
  ///   (0, 1], and the errors of `ElasticNet.init`.
  public init(
    _ design: CenteredDesign, l1Ratio: Double = 1, count: Int = 100, eps: Double = 1e-3,
    tolerance: Double = 1e-4, maxIterations: Int = 1000, directGapCheck: Bool = false
  ) throws(RegularizationError) {
    try AlphaGrid.checkRatio(l1Ratio)
    try AlphaGrid.checkShape(count: count, eps: eps)
    try self.init(
      design, grid: .automatic(count: count, eps: eps), l1Ratio: l1Ratio,
      tolerance: tolerance, maxIterations: maxIterations, directGapCheck: directGapCheck)
  }

  /// The path over the given `alphas` (sorted decreasing), on data prepared once.
  ///
  /// - Throws: the errors of `ElasticNet.init` for each `α`.
  public init(
    _ design: CenteredDesign, alphas: [Double], l1Ratio: Double = 1,
    tolerance: Double = 1e-4, maxIterations: Int = 1000, directGapCheck: Bool = false
  ) throws(RegularizationError) {
    try self.init(
      design, grid: .given(alphas.sorted(by: >)), l1Ratio: l1Ratio, tolerance: tolerance,
      maxIterations: maxIterations, directGapCheck: directGapCheck)
  }

  /// Where the α values come from.
  enum Grid {
    case automatic(count: Int, eps: Double)
    case given([Double])
  }

  private init(
    _ design: CenteredDesign, grid: Grid, l1Ratio: Double, tolerance: Double,
    maxIterations: Int, directGapCheck: Bool
  ) throws(RegularizationError) {
    // Validates ρ, tol and the sweep limit once (and each given α below).
    let settings = try ElasticNet(
      alpha: 0, l1Ratio: l1Ratio, tolerance: tolerance, maxIterations: maxIterations)
    if case .given(let alphas) = grid {
      for alpha in alphas {
        _ = try ElasticNet(
          alpha: alpha, l1Ratio: l1Ratio, tolerance: tolerance, maxIterations: maxIterations)
      }
    }
    let (alphas, solved) = design.columnMajor.withUnsafeBufferPointer { x in
      design.targets.withUnsafeBufferPointer { y in
        Self.solve(
          design, x: x, y: y, grid: grid, settings: settings, directGapCheck: directGapCheck)
      }
    }
    self.alphas = alphas
    self.fits = solved
  }
}
