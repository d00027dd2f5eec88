import Regularization

/// A regression problem where L2 matters: n = 30 training samples for p = 20 features, so
/// least squares fits the noise, and a large test set to measure that.
///
///     x ~ N(0, I₂₀),   w_true ~ N(0, I₂₀),   y = w_trueᵀx + 3 + ε,   ε ~ N(0, 1)
struct OverfitData {
  static let trainSamples = 30
  static let testSamples = 500
  static let features = 20
  static let intercept = 3.0
  static let noise = 1.0

  let train: Dataset
  let test: Dataset
  let trueWeights: [Double]

  /// Draws, in order, the training rows, the test rows, the true weights and the noise.
  init(seed: UInt64) throws(RegularizationError) {
    var generator = Xoshiro256StarStar(seed: seed)
    let n = Self.trainSamples + Self.testSamples
    let x = try Matrix(
      rowArrays: (0..<n).map { _ in generator.normals(count: Self.features) })
    trueWeights = generator.normals(count: Self.features)
    let clean = x.multiplied(by: trueWeights)
    let y = clean.map { $0 + Self.intercept + Self.noise * generator.normal() }
    let all = try Dataset(features: x, targets: y)
    train = all.selecting(Array(0..<Self.trainSamples))
    test = all.selecting(Array(Self.trainSamples..<n))
  }
}
