import Testing

@testable import Regularization

@Suite("Subgradient descent") struct SubgradientDescentTests {
  @Test("two steps by hand on one feature, sign(0) = 0 at the start")
  func twoStepsByHand() throws {
    // x = (1, −1), y = (2, −2): centered already, G = 1, c = 2, f(w) = ½(w − 2)² + const.
    let x = try Matrix(rowArrays: [[1], [-1]])
    let loss = try GramLeastSquares(features: x, targets: [2, -2])
    let path = try SubgradientDescent(learningRate: 0.5, iterations: 2)
      .trajectory(loss, penalty: L1Penalty(lambda: 0.4))
    // w₁ = 0 − 0.5·((0 − 2) + 0.4·sign(0)) = 1;  w₂ = 1 − 0.5·((1 − 2) + 0.4) = 1.3.
    #expect(path == [[0], [1], [1.3]])
  }

  @Test("a weight that belongs at 0 crosses it instead of stopping")
  func neverSettlesAtZero() throws {
    // f(w) = ½(w − 0.1)², α = 0.5: the lasso solution is 0 (|0.1| ≤ α).
    let x = try Matrix(rowArrays: [[1], [-1]])
    let loss = try GramLeastSquares(features: x, targets: [0.1, -0.1])
    let path = try SubgradientDescent(learningRate: 0.3, iterations: 200)
      .trajectory(loss, penalty: L1Penalty(lambda: 0.5))
    #expect(path.dropFirst(100).allSatisfy { $0[0] != 0 })
    // Within 2ηα of 0: each crossing moves by η·|w − 0.1 ± α| ≤ η(α + 0.1 + |w|).
    #expect(path.dropFirst(100).allSatisfy { abs($0[0]) <= 2 * 0.3 * 0.5 })
  }

  @Test("bad configurations are rejected")
  func rejectsBadInput() {
    #expect(throws: RegularizationError.self) {
      try SubgradientDescent(learningRate: 0, iterations: 1)
    }
    #expect(throws: RegularizationError.self) {
      try SubgradientDescent(learningRate: 1, iterations: -1)
    }
  }
}
