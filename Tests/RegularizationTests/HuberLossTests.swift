import Testing

@testable import Regularization

@Suite("Huber loss")
struct HuberLossTests {
  @Test("matches PyTorch's values: 0.5·r² inside, δ·(|r| − 0.5·δ) outside")
  func knownValues() throws {
    let loss = try HuberLoss(delta: 2)
    // torch.nn.HuberLoss(delta=2): r = 1 → 0.5, r = −3 → 2·(3 − 1) = 4.
    #expect(loss.value(residual: 1) == 0.5)
    #expect(loss.value(residual: -3) == 4)
  }

  @Test("Huber(δ) = δ·SmoothL1(β = δ), values and derivatives", arguments: [0.1, 1, 4])
  func scaledSmoothL1(delta: Double) throws {
    let huber = try HuberLoss(delta: delta)
    let smooth = try SmoothL1Loss(beta: delta)
    for r in linearSpace(from: -10, to: 10, count: 201) {
      // Same formulas up to one multiplication and division: a few ulps; measured: exact.
      #expect(
        abs(huber.value(residual: r) - delta * smooth.value(residual: r)) < 1e-12 * (1 + abs(r))
          * delta)
      #expect(
        abs(huber.derivative(residual: r) - delta * smooth.derivative(residual: r)) < 1e-12
          * (1 + delta))
    }
  }

  @Test("the derivative matches central differences away from ±δ", arguments: [0.5, 1.5])
  func derivative(delta: Double) throws {
    let loss = try HuberLoss(delta: delta)
    for r in linearSpace(from: -5, to: 5, count: 101) where abs(abs(r) - delta) > 1e-3 {
      // Piecewise quadratic: rounding only, ~1e-9; measured: 6.5e-10.
      #expect(
        abs(loss.derivative(residual: r) - centralDifference(loss.value(residual:), at: r)) < 1e-6)
    }
  }

  @Test("the gradient is capped at δ in size")
  func cappedGradient() throws {
    let loss = try HuberLoss(delta: 1.5)
    #expect(loss.derivative(residual: 1e9) == 1.5)
    #expect(loss.derivative(residual: -1e9) == -1.5)
  }

  @Test("rejects δ ≤ 0")
  func validation() {
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "delta", value: 0, requirement: "finite and > 0")
    ) { try HuberLoss(delta: 0) }
  }
}
