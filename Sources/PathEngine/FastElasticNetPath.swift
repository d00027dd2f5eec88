import Regularization

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
/// let design = try CenteredDesign(features: x, targets: y, fitIntercept: true)
/// let path = try FastElasticNetPath(design, settings: PathSettings(l1Ratio: 0.5))
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

  /// The path on scikit-learn's automatic grid (`AlphaGrid`), on data prepared once.
  ///
  /// - Parameters:
  ///   - count, eps: The grid's size and `α_min/α_max` (scikit-learn's 100 and 1e-3).
  ///   - settings: `ρ ∈ (0, 1]` (the grid divides by it), the tolerance, the sweep limit.
  ///   - directGapCheck: Also compute every solution's gap directly from the data
  ///     (O(n·p) each) instead of only where the certified bound does not suffice.
  /// - Throws: `.invalidParameter` for `ρ = 0`, `count < 1` or `eps` outside (0, 1].
  public init(
    _ design: CenteredDesign, count: Int = 100, eps: Double = 1e-3, settings: PathSettings,
    directGapCheck: Bool = false
  ) throws(RegularizationError) {
    try AlphaGrid.checkRatio(settings.l1Ratio)
    try AlphaGrid.checkShape(count: count, eps: eps)
    self.init(
      design, grid: .automatic(count: count, eps: eps), settings: settings,
      directGapCheck: directGapCheck)
  }

  /// The path over the given `alphas`, solved and reported in decreasing order, on data
  /// prepared once; `ρ = 0` (ridge) is allowed here.
  ///
  /// - Throws: `.nonFinite` or `.negativePenalty` for a bad `α`.
  public init(
    _ design: CenteredDesign, alphas: [Double], settings: PathSettings,
    directGapCheck: Bool = false
  ) throws(RegularizationError) {
    for alpha in alphas { try PathSettings.check(alpha: alpha) }
    self.init(
      design, grid: .given(alphas.sorted(by: >)), settings: settings,
      directGapCheck: directGapCheck)
  }

  /// Where the α values come from.
  enum Grid {
    case automatic(count: Int, eps: Double)
    case given([Double])
  }

  private init(
    _ design: CenteredDesign, grid: Grid, settings: PathSettings, directGapCheck: Bool
  ) {
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

/// `FastElasticNetPath` as `ElasticNetCV`'s fold solver (reglab's `cv`).
public struct FastPathSolver: PathSolver {
  /// See `FastElasticNetPath`'s `directGapCheck`.
  public let directGapCheck: Bool

  public init(directGapCheck: Bool = false) { self.directGapCheck = directGapCheck }

  public func fits(_ design: CenteredDesign, alphas: [Double], settings: PathSettings)
    throws(RegularizationError) -> [ElasticNetFit]
  {
    try FastElasticNetPath(
      design, alphas: alphas, settings: settings, directGapCheck: directGapCheck
    ).fits
  }
}
