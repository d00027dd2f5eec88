import Testing

@testable import Regularization

@Suite("Squared loss r²/2") struct SquaredLossTests {
  @Test("is half of PyTorch's MSELoss, and its derivative is the residual")
  func halfOfMSE() {
    let loss = SquaredLoss()
    for r in [-3.0, -0.5, 0, 0.25, 2] {
      #expect(loss.value(residual: r) == 0.5 * MSELoss().value(residual: r))
      #expect(loss.derivative(residual: r) == r)
      // Central difference of a quadratic is exact up to rounding: measured ≤ 1e-10.
      let h = 1e-5
      let numeric = (loss.value(residual: r + h) - loss.value(residual: r - h)) / (2 * h)
      #expect(abs(numeric - r) <= 1e-8)
    }
  }
}
