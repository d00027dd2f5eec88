import Regularization

/// The `fits` figure's data: one input, so both fitted lines can be drawn over the points.
///
/// y = 50 + 3·x + ε, x ~ N(0, 1), ε ~ N(0, 1), 30 samples, both fits at λ = 1 (where the
/// penalty weighs as much as the data term: the weights-only slope is about halved, and
/// the penalized intercept too).
struct BiasPenaltyLine {
  static let slope = 3.0
  static let samples = 30
  static let lambda = 1.0

  let data: OffsetRegression
  let weightsOnly: RidgeFit
  let weightsAndBias: RidgeFit
  /// The unpenalized least-squares line (λ = 0), the reference both fits move away from.
  let leastSquares: RidgeFit

  init(seed: UInt64) throws {
    data = try OffsetRegression(
      weights: [Self.slope], offset: BiasPenaltyExperiment.offset,
      noise: BiasPenaltyExperiment.noise, trainSamples: Self.samples, testSamples: 1, seed: seed)
    let n = Double(Self.samples)
    let x = data.train.features
    let y = data.train.targets
    weightsOnly = try RidgeRegression(alpha: n * Self.lambda).fit(features: x, targets: y)
    weightsAndBias = try RidgeRegression(alpha: n * Self.lambda, penaltyCoverage: .weightsAndBias)
      .fit(features: x, targets: y)
    leastSquares = try RidgeRegression(alpha: 0).fit(features: x, targets: y)
  }

  /// The inputs x_i.
  var inputs: [Double] { data.train.features.column(0) }
  /// x̄, the training mean of the input.
  var inputMean: Double { mean(inputs) }
  /// ȳ, the mean of this figure's own 30 training targets.
  var targetMean: Double { mean(data.train.targets) }
}
