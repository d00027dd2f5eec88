import Testing

@testable import Regularization

@Suite("MSE loss")
struct MSELossTests {
  @Test("is r² per sample and PyTorch's mean over a batch")
  func knownValues() {
    let loss = MSELoss()
    #expect(loss.value(residual: -3) == 9)
    // torch.nn.MSELoss()(tensor([1., 2., 3.]), tensor([1., 1., 1.])) = (0 + 1 + 4)/3.
    #expect(loss.meanValue(predictions: [1, 2, 3], targets: [1, 1, 1]) == 5.0 / 3)
  }

  @Test(
    "the derivative 2r matches central differences",
    arguments: linearSpace(from: -10, to: 10, count: 41))
  func derivative(r: Double) {
    let loss = MSELoss()
    // ℓ‴ = 0, so only rounding ε·ℓ/h ≈ 2e-16·100/1e-6 = 2e-8 remains; measured: 1.5e-8.
    #expect(
      abs(loss.derivative(residual: r) - centralDifference(loss.value(residual:), at: r)) < 1e-6)
  }

  @Test("its gradient grows without bound with the error")
  func unboundedGradient() {
    #expect(MSELoss().derivative(residual: 1e6) == 2e6)
    #expect(MSELoss().derivative(prediction: 0, target: 1e6) == -2e6)
  }
}
