import Testing

@testable import Regularization

@Suite("Truncated gradient") struct TruncatedGradientTests {
  @Test(
    "T(v, a, ∞) is soft-thresholding", arguments: [-3.0, -0.5, -0.2, 0, 0.1, 0.5, 0.7, 4])
  func truncationIsSoftThreshold(v: Double) {
    #expect(TruncatedGradient.truncate(v, by: 0.5, within: .infinity) == softThreshold(v, by: 0.5))
  }

  @Test("a finite θ leaves weights beyond it alone")
  func thetaLimitsTruncation() {
    #expect(TruncatedGradient.truncate(2, by: 0.5, within: 1) == 2)
    #expect(TruncatedGradient.truncate(-2, by: 0.5, within: 1) == -2)
    #expect(TruncatedGradient.truncate(0.8, by: 0.5, within: 1) == 0.8 - 0.5)
  }

  @Test("with θ = ∞ and K = 1 the run is ISTA's, iterate for iterate")
  func equalsIsta() throws {
    var rng = Xoshiro256StarStar(seed: 5)
    let data = try makeAutoregressiveRegression(
      samples: 40, features: 8, correlation: 0.3, informative: 3, noise: 1, using: &rng)
    let loss = try GramLeastSquares(features: data.dataset.features, targets: data.dataset.targets)
    let alpha = 0.3
    let ista = try ProximalGradient(.ista, iterations: 50).minimize(
      loss, penalty: L1Penalty(lambda: alpha))
    let truncated = try TruncatedGradient(
      learningRate: 1 / loss.lipschitz, gravity: alpha, iterations: 50
    ).trajectory(loss)
    #expect(truncated == ista.iterates)
  }

  @Test("period K applies K·g every K-th step and none in between")
  func period() throws {
    let x = try Matrix(rowArrays: [[1], [-1]])
    let loss = try GramLeastSquares(features: x, targets: [0, 0])  // ∇f(w) = w
    let path = try TruncatedGradient(learningRate: 0.5, gravity: 0.1, period: 2, iterations: 2)
      .trajectory(loss, from: [1])
    // step 1: v = 1 − 0.5 = 0.5, no gravity; step 2: v = 0.25, minus 0.5·2·0.1 = 0.15.
    #expect(path[1] == [0.5])
    #expect(abs(path[2][0] - 0.15) <= 1e-15)
  }

  @Test("bad configurations are rejected")
  func rejectsBadInput() {
    #expect(throws: RegularizationError.self) {
      try TruncatedGradient(learningRate: 1, gravity: -1, iterations: 1)
    }
    #expect(throws: RegularizationError.self) {
      try TruncatedGradient(learningRate: 1, gravity: 1, period: 0, iterations: 1)
    }
  }
}
