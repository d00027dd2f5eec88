import Testing

@testable import Regularization

@Suite("Clipped subgradient (the pitfall)") struct ClippedSubgradientTests {
  @Test("a weight at 0 takes the data step alone; a crossing is clipped to 0")
  func stepsByHand() throws {
    // f(w) = ½(w − 0.1)² + const, α = 0.5: the lasso solution is 0.
    let x = try Matrix(rowArrays: [[1], [-1]])
    let loss = try GramLeastSquares(features: x, targets: [0.1, -0.1])
    let path = try ClippedSubgradient(learningRate: 0.5, alpha: 0.5, iterations: 2)
      .trajectory(loss)
    // w₁ = 0 − 0.5·(−0.1 + 0.5·sign(0)) = 0.05 (left 0 although it belongs there);
    // v₂ = 0.05 − 0.5·(−0.05 + 0.5) = −0.175 crosses 0, so w₂ = 0.
    #expect(abs(path[1][0] - 0.05) <= 1e-15)
    #expect(path[2] == [0])
  }

  @Test("bad configurations are rejected")
  func rejectsBadInput() {
    #expect(throws: RegularizationError.self) {
      try ClippedSubgradient(learningRate: 1, alpha: -1, iterations: 1)
    }
  }
}
