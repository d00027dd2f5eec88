import Regularization

/// Claim (c): inverted dropout on the inputs of linear regression is a data-dependent ridge.
///
/// A small problem: n = 8 samples, p = 6 features X_ij ~ N(0, 1)·(1 + j/2) (so the mean
/// squares differ by feature), y = X·w* + N(0, 0.5²), q = 0.3, at the least-squares w.
/// The expectation of the dropped-out loss is computed exactly by enumerating all 2⁶ masks
/// of every row, estimated by Monte Carlo over 2000 masks, and predicted by
/// MSE + factor·Σ_j w_j²·mean_i(x_ij²).
struct LinearDropoutExperiment {
  static let samples = 8
  static let features = 6
  static let rate = 0.3
  static let draws = 2000

  let data: Dataset
  let weights: [Double]
  let mse: Double
  /// Σ_j w_j²·mean_i(x_ij²).
  let dataRidge: Double
  /// The factor the prediction uses: q/(1 − q) unless a wrong one is given.
  let factor: Double
  let exact: Double
  let monteCarlo: MonteCarloEstimate

  /// - Parameter factor: the penalty factor of the prediction; `nil` is q/(1 − q), the
  ///   failing input is q.
  init(seed: UInt64, factor: Double? = nil) throws {
    var generator = Xoshiro256StarStar(seed: seed)
    let n = Self.samples
    let p = Self.features
    let elements = (0..<(n * p)).map { e in generator.normal() * (1 + Double(e % p) / 2) }
    let x = try Matrix(rows: n, columns: p, elements: elements)
    let truth = generator.normals(count: p)
    let y = x.multiplied(by: truth).map { $0 + 0.5 * generator.normal() }
    data = try Dataset(features: x, targets: y)
    weights = try RidgeRegression(alpha: 0, fitIntercept: false).fit(features: x, targets: y)
      .coefficients
    let dropout = try Dropout(rate: Self.rate)
    mse = InputDropout.loss(
      weights: weights, features: x, targets: y, mask: [Double](repeating: 1, count: n * p))
    dataRidge = InputDropout.dataRidge(weights: weights, features: x)
    self.factor = factor ?? InputDropout.penaltyFactor(dropout)
    exact = InputDropout.exactExpectedLoss(
      dropout: dropout, weights: weights, features: x, targets: y)
    var losses: [Double] = []
    for _ in 0..<Self.draws {
      let mask = dropout.mask(count: n * p, using: &generator)
      losses.append(InputDropout.loss(weights: weights, features: x, targets: y, mask: mask))
    }
    monteCarlo = try MonteCarloEstimate(losses)
  }

  /// MSE + factor·Σ_j w_j²·mean_i(x_ij²).
  var predicted: Double { mse + factor * dataRidge }
}
