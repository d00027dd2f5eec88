/// The mean of each column, `x̄_j = (1/n)·Σ_i X[i, j]`; NaN for every column when `n = 0`.
///
/// Computed in two passes, `x̄ ← x̄ + (1/n)·Σ_i (X[i, j] − x̄)`, which removes most of the
/// rounding error of the plain sum when the column has a large offset.
public func columnMeans(_ matrix: Matrix) -> [Double] {
  let n = matrix.rows
  let p = matrix.columns
  guard n > 0 else { return [Double](repeating: .nan, count: p) }
  var means = [Double](repeating: 0, count: p)
  matrix.elements.withUnsafeBufferPointer { x in
    means.withUnsafeMutableBufferPointer { m in
      for i in 0..<n { for j in 0..<p { m[j] += x[i * p + j] } }
      for j in 0..<p { m[j] /= Double(n) }
      var correction = [Double](repeating: 0, count: p)
      for i in 0..<n { for j in 0..<p { correction[j] += x[i * p + j] - m[j] } }
      for j in 0..<p { m[j] += correction[j] / Double(n) }
    }
  }
  return means
}

/// The statistics that center a data set: column means `x̄` and target mean `ȳ`.
///
///     X_c = X − 1·x̄ᵀ,   y_c = y − ȳ·1
///
/// Fitting a linear model without intercept on centered data and then setting
/// `b = ȳ − x̄ᵀw` is how scikit-learn fits an unpenalized intercept (`fit_intercept=True`):
/// the penalty then never touches `b`. Keep the statistics of the training data and apply
/// them unchanged to validation and test data.
public struct Centering: Equatable, Sendable {
  /// The training column means `x̄`.
  public let featureMeans: [Double]
  /// The training target mean `ȳ`.
  public let targetMean: Double

  /// The means of `data`, which needs at least one sample.
  public init(fitting data: Dataset) throws(RegularizationError) {
    guard data.sampleCount >= 1 else { throw .tooFewSamples(actual: data.sampleCount, minimum: 1) }
    featureMeans = columnMeans(data.features)
    var targetColumn = Matrix(rows: data.sampleCount, columns: 1)
    targetColumn.elements = data.targets
    targetMean = columnMeans(targetColumn)[0]
  }

  /// `data` with the fitted means subtracted: `X − 1·x̄ᵀ` and `y − ȳ`.
  public func centered(_ data: Dataset) throws(RegularizationError) -> Dataset {
    let p = featureMeans.count
    guard data.featureCount == p else {
      throw .dimensionMismatch(what: "number of features", expected: p, actual: data.featureCount)
    }
    var x = data.features
    x.elements.withUnsafeMutableBufferPointer { x in
      for i in 0..<data.sampleCount { for j in 0..<p { x[i * p + j] -= featureMeans[j] } }
    }
    return Dataset(unchecked: x, targets: data.targets.map { $0 - targetMean })
  }

  /// The intercept that goes with weights fitted on centered data: `b = ȳ − x̄ᵀw`, so that
  /// `b + xᵀw = ȳ + (x − x̄)ᵀw` on the original scale.
  public func intercept(for weights: [Double]) throws(RegularizationError) -> Double {
    guard weights.count == featureMeans.count else {
      throw .dimensionMismatch(
        what: "number of weights", expected: featureMeans.count, actual: weights.count)
    }
    return targetMean - dot(featureMeans, weights)
  }
}
