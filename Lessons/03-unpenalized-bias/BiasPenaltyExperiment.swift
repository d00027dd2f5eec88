import Regularization

/// Lesson 3's experiment: L2-regularized linear regression on data with a large offset,
/// fitted with the bias outside the penalty and inside it, on one log grid of λ.
///
/// Data: y = 50 + xᵀw + ε with w = (3, −2, 1, 0.5, −1.5), x ~ N(0, I), ε ~ N(0, 1);
/// 30 training and 1000 test samples. Grid: 41 values of λ from 1e-4 to 1e4
/// (five per decade). Translation test: y → y + 100.
struct BiasPenaltyExperiment {
  static let weights = [3.0, -2, 1, 0.5, -1.5]
  static let offset = 50.0
  static let noise = 1.0
  static let trainSamples = 30
  static let testSamples = 1000
  static let lambdas = logSpace(from: 1e-4, to: 1e4, count: 41)
  /// The constant c added to every target in the translation test.
  static let shift = 100.0
  /// The grid point λ = 1 (the middle of the grid), where claim (a) takes both fits.
  static let referenceIndex = 20

  let data: OffsetRegression
  // `var` so that the tests can hand the claims the other sweep and see them fail.
  /// Bias outside the penalty (scikit-learn's default, PyTorch's `param.dim() > 1`).
  var weightsOnly: CoverageSweep
  /// Bias inside the penalty (a sum over every parameter tensor).
  var weightsAndBias: CoverageSweep

  init(seed: UInt64) throws {
    data = try OffsetRegression(
      weights: Self.weights, offset: Self.offset, noise: Self.noise,
      trainSamples: Self.trainSamples, testSamples: Self.testSamples, seed: seed)
    weightsOnly = try CoverageSweep(
      .weightsOnly, data: data, lambdas: Self.lambdas, shift: Self.shift)
    weightsAndBias = try CoverageSweep(
      .weightsAndBias, data: data, lambdas: Self.lambdas, shift: Self.shift)
  }

  var lambdas: [Double] { Self.lambdas }

  /// ȳ, the training mean: the weights-only model's limit as λ → ∞.
  var targetMean: Double { mean(data.train.targets) }

  /// The index of the smallest λ from which on the bias-penalized fit has the larger test
  /// MSE at every grid point, or nil if it does not at the largest λ.
  var worseFromIndex: Int? {
    var index: Int? = nil
    for k in lambdas.indices.reversed() {
      guard weightsAndBias.testMSE[k] > weightsOnly.testMSE[k] else { break }
      index = k
    }
    return index
  }

  /// The grid indices at which the bias-penalized fit has the lower test MSE.
  var penalizedBetterIndices: [Int] {
    lambdas.indices.filter { weightsAndBias.testMSE[$0] < weightsOnly.testMSE[$0] }
  }
}
