import Testing

@testable import Regularization

@Suite("L1 loss")
struct L1LossTests {
  @Test("is |r| per sample")
  func knownValues() {
    let loss = L1Loss()
    #expect(loss.value(residual: -2.5) == 2.5)
    #expect(loss.meanValue(predictions: [1, 2, 3], targets: [2, 2, 0]) == 4.0 / 3)
  }

  @Test(
    "the derivative has size 1 for every r ≠ 0, however small",
    arguments: [-1e6, -1, -1e-300, 1e-300, 0.5, 1e6])
  func unitSlope(r: Double) {
    #expect(abs(L1Loss().derivative(residual: r)) == 1)
  }

  @Test("the derivative at r = 0 is 0, as torch.sign (also for −0)")
  func zeroAtKink() {
    #expect(L1Loss().derivative(residual: 0) == 0)
    #expect(L1Loss().derivative(residual: -0.0) == 0)
  }

  @Test(
    "the derivative matches central differences away from 0", arguments: [-3, -0.1, 0.01, 2, 7.5])
  func derivative(r: Double) {
    let loss = L1Loss()
    // Linear on each side, so only rounding, ε·|r|/h ≈ 1e-9; measured: 1.4e-10.
    #expect(
      abs(loss.derivative(residual: r) - centralDifference(loss.value(residual:), at: r)) < 1e-6)
  }
}
