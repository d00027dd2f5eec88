import Testing

@testable import Regularization

@Suite("Linear model being trained") struct LinearModelTests {
  @Test("its parameter groups are [w, [b]] and writing them back sets w and b")
  func parameterGroups() {
    var model = LinearModel(weights: [1, 2], bias: 3)
    #expect(model.parameterGroups == [[1, 2], [3]])
    model.parameterGroups = [[4, 5], [6]]
    #expect(model.weights == [4, 5] && model.bias == 6)
    #expect(model.coefficients == [4, 5] && model.intercept == 6)
  }

  @Test("its mean loss is (1/n)·Σ ℓ(wᵀx + b − y)")
  func meanLoss() throws {
    let data = try Dataset(features: Matrix(rowArrays: [[1, 0], [0, 2]]), targets: [1, 1])
    let model = LinearModel(weights: [2, 1], bias: 0.5)
    // Residuals 2 + 0.5 − 1 = 1.5 and 2 + 0.5 − 1 = 1.5: mean of r²/2 = 1.125.
    #expect(model.meanLoss(on: data, loss: SquaredLoss()) == 1.125)
  }
}
