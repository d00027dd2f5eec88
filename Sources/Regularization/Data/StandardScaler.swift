/// Standardization of features with training statistics, as scikit-learn's `StandardScaler`.
///
///     z_ij = (x_ij − μ_j) / σ_j,   μ_j = (1/n)·Σ_i x_ij,   σ_j = √((1/n)·Σ_i (x_ij − μ_j)²)
///
/// `σ_j` is the population standard deviation (ddof 0, as NumPy's `std` and the scaler).
/// Penalties treat all weights alike, so features on different scales must be put on one
/// scale first, or the penalty falls mostly on the small-scale features' large weights.
/// Fit on the training data only and transform test data with the same `μ` and `σ`.
public struct StandardScaler: Equatable, Sendable {
  /// The training column means `μ`.
  public let means: [Double]
  /// The training population standard deviations `σ`, all > 0.
  public let standardDeviations: [Double]

  /// The statistics of `features`, which needs at least 2 rows and no constant column.
  ///
  /// A column counts as constant when `σ_j ≤ 10⁻¹² · max_i |x_ij|` (this includes σ = 0):
  /// its variation is at the level of rounding, and dividing by σ would only amplify noise.
  public init(fitting features: Matrix) throws(RegularizationError) {
    let n = features.rows
    let p = features.columns
    guard n >= 2 else { throw .tooFewSamples(actual: n, minimum: 2) }
    guard features.elements.allSatisfy(\.isFinite) else {
      throw .nonFinite(what: "the features to standardize")
    }
    // Each column is scaled by a power of two that brings its largest |x| into [1, 2)
    // (exact), so the sums and squares neither overflow (|x| ~ 1e160) nor underflow
    // (|x| ~ 1e-300); the statistics are scaled back, exactly again.
    var largest = [Double](repeating: 0, count: p)
    features.elements.withUnsafeBufferPointer { x in
      for i in 0..<n { for j in 0..<p { largest[j] = max(largest[j], abs(x[i * p + j])) } }
    }
    let scales = largest.map { powerOfTwoScale(toNormalize: $0) }
    var scaled = features
    scaled.elements.withUnsafeMutableBufferPointer { x in
      for i in 0..<n { for j in 0..<p { x[i * p + j] *= scales[j] } }
    }
    let mu = columnMeans(scaled)
    var sumSquares = [Double](repeating: 0, count: p)
    scaled.elements.withUnsafeBufferPointer { x in
      for i in 0..<n {
        for j in 0..<p { sumSquares[j] += (x[i * p + j] - mu[j]) * (x[i * p + j] - mu[j]) }
      }
    }
    let sigma = sumSquares.map { ($0 / Double(n)).squareRoot() }
    for j in 0..<p where sigma[j] <= 1e-12 * largest[j] * scales[j] {
      throw .constantColumn(index: j)
    }
    means = zip(mu, scales).map { $0 / $1 }
    standardDeviations = zip(sigma, scales).map { $0 / $1 }
  }

  /// `features` standardized with the fitted statistics: `(x_ij − μ_j)/σ_j`.
  public func transform(_ features: Matrix) throws(RegularizationError) -> Matrix {
    let p = means.count
    guard features.columns == p else {
      throw .dimensionMismatch(what: "number of features", expected: p, actual: features.columns)
    }
    var z = features
    z.elements.withUnsafeMutableBufferPointer { z in
      for i in 0..<features.rows {
        for j in 0..<p { z[i * p + j] = standardized(z[i * p + j], j) }
      }
    }
    return z
  }

  /// `(x − μ_j)/σ_j`, computed on halves when `x − μ_j` would overflow (|x| near 1e308).
  private func standardized(_ x: Double, _ j: Int) -> Double {
    let z = (x - means[j]) / standardDeviations[j]
    return z.isFinite ? z : (x / 2 - means[j] / 2) / (standardDeviations[j] / 2)
  }

  /// `data` with its features standardized; the targets are left unchanged.
  public func transform(_ data: Dataset) throws(RegularizationError) -> Dataset {
    Dataset(unchecked: try transform(data.features), targets: data.targets)
  }

  /// A linear model fitted on standardized features, mapped back to the original features.
  ///
  ///     b_z + Σ_j w_z,j·(x_j − μ_j)/σ_j = b + Σ_j w_j·x_j
  ///     with  w_j = w_z,j / σ_j  and  b = b_z − Σ_j w_j·μ_j
  ///
  /// The two models give the same prediction for every input.
  public func originalScale(
    weights: [Double], intercept: Double
  ) throws(RegularizationError) -> (weights: [Double], intercept: Double) {
    guard weights.count == means.count else {
      throw .dimensionMismatch(
        what: "number of weights", expected: means.count, actual: weights.count)
    }
    let original = zip(weights, standardDeviations).map { $0 / $1 }
    return (original, intercept - dot(original, means))
  }
}
