/// Ridge regression with a free intercept for a whole grid of penalties from one SVD of the
/// centered design, in scikit-learn's convention.
///
///     minimize over w, b:   ‖y − X·w − b‖² + α·‖w‖²
///     X_c = U·diag(σ)·Vᵀ,   w(α) = Σⱼ σⱼ/(σⱼ² + α)·(uⱼᵀy_c)·vⱼ,   b = ȳ − x̄ᵀw
///
/// This is `RidgeRegression`'s objective, solved without forming `X_cᵀX_c + α·I`, so it
/// stays accurate when that matrix is numerically singular (a degree-15 polynomial), and at
/// `α = 0` it returns the minimum-norm least-squares fit (numpy's `lstsq`, scikit-learn's
/// `LinearRegression` on a wide design), the limit of ridge as `α → 0`.
///
/// - Complexity: O(n·p·min(n, p)) per Jacobi sweep once; O(n·p) per `α`.
public struct SpectralRidge: Sendable {
  /// The SVD of the centered features `X_c`.
  public let decomposition: SingularValueDecomposition
  let featureMeans: [Double]
  let targetMean: Double
  let centeredTargets: [Double]

  /// Centers the data and decomposes it once.
  ///
  /// - Throws: `.dimensionMismatch`, `.tooFewSamples` or `.nonFinite` for bad data.
  public init(features: Matrix, targets: [Double]) throws(RegularizationError) {
    let design = try CenteredDesign(
      features: features, targets: targets, fitIntercept: true, minimumSamples: 1)
    var centered = Matrix(rows: design.rows, columns: design.columns)
    for j in 0..<design.columns {
      for i in 0..<design.rows { centered[i, j] = design.columnMajor[j * design.rows + i] }
    }
    decomposition = try SingularValueDecomposition(centered)
    featureMeans = design.featureMeans
    targetMean = design.targetMean
    centeredTargets = design.targets
  }

  /// The fit at penalty `alpha ≥ 0` (`0`: the minimum-norm least-squares fit).
  ///
  /// - Throws: `.negativePenalty` or `.nonFinite` for a bad `alpha`.
  public func fit(alpha: Double) throws(RegularizationError) -> RidgeFit {
    let w = try decomposition.ridgeSolution(centeredTargets, alpha: alpha)
    return RidgeFit(coefficients: w, intercept: targetMean - dot(featureMeans, w))
  }
}
