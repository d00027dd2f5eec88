import Testing

@testable import Regularization

@Suite("Gaussian linear data") struct GaussianLinearDataTests {
  @Test("without noise y = Xw + b exactly")
  func noiseless() throws {
    let teacher = try GaussianLinearData(weights: [0.5, -1, 2], bias: 0.05, noise: 0)
    var rng = Xoshiro256StarStar(seed: 1)
    let data = teacher.sample(count: 10, using: &rng)
    #expect(data.sampleCount == 10 && data.featureCount == 3)
    let expected = data.features.multiplied(by: teacher.weights).map { $0 + 0.05 }
    #expect(data.targets == expected)
  }

  @Test("the same seed gives the same data")
  func deterministic() throws {
    let teacher = try GaussianLinearData(weights: [1, 1], bias: 0, noise: 0.1)
    var a = Xoshiro256StarStar(seed: 9)
    var b = Xoshiro256StarStar(seed: 9)
    #expect(teacher.sample(count: 5, using: &a) == teacher.sample(count: 5, using: &b))
  }

  @Test("rejects no weights, a non-finite bias and a negative noise")
  func rejectsBadInput() {
    #expect(throws: RegularizationError.self) {
      try GaussianLinearData(weights: [], bias: 0, noise: 0)
    }
    #expect(throws: RegularizationError.self) {
      try GaussianLinearData(weights: [1], bias: .infinity, noise: 0)
    }
    #expect(throws: RegularizationError.self) {
      try GaussianLinearData(weights: [1], bias: 0, noise: -0.1)
    }
  }
}
