/// The mean of independent draws with its standard error, and how far a predicted value
/// lies from it in standard errors.
///
///     mean = (1/M)·Σ_m v_m,   s² = (1/(M − 1))·Σ_m (v_m − mean)²,   SE = s/√M
///     z = (mean − predicted)/SE
///
/// By the central limit theorem `|z| ≤ 5` for a right prediction except with probability
/// about 6·10⁻⁷, so a prediction more than 5 standard errors away is wrong.
public struct MonteCarloEstimate: Equatable, Sendable {
  /// The number of draws `M`.
  public let count: Int
  /// The sample mean.
  public let mean: Double
  /// The standard error of the mean, `s/√M`.
  public let standardError: Double

  /// The estimate from `values`.
  ///
  /// - Throws: `.tooFewSamples` for fewer than 2 values (no standard error).
  public init(_ values: [Double]) throws(RegularizationError) {
    guard values.count >= 2 else { throw .tooFewSamples(actual: values.count, minimum: 2) }
    let m = Double(values.count)
    let center = values.reduce(0, +) / m
    var squares = 0.0
    for v in values { squares += (v - center) * (v - center) }
    count = values.count
    mean = center
    standardError = (squares / (m - 1) / m).squareRoot()
  }

  /// `(mean − predicted)/SE`: the distance to a prediction in standard errors.
  public func zScore(against predicted: Double) -> Double { (mean - predicted) / standardError }

  /// `|mean − predicted| / |predicted|`.
  public func relativeError(against predicted: Double) -> Double {
    abs(mean - predicted) / abs(predicted)
  }
}
