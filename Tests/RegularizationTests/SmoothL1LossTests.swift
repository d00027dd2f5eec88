import Testing

@testable import Regularization

@Suite("Smooth L1 loss")
struct SmoothL1LossTests {
  @Test("matches PyTorch's values: 0.5·r²/β inside, |r| − 0.5·β outside")
  func knownValues() throws {
    let loss = try SmoothL1Loss(beta: 1)
    // torch.nn.SmoothL1Loss(beta=1): r = 0.5 → 0.125, r = −2 → 1.5, r = 1 → 0.5.
    #expect(loss.value(residual: 0.5) == 0.125)
    #expect(loss.value(residual: -2) == 1.5)
    #expect(loss.value(residual: 1) == 0.5)
    #expect(try SmoothL1Loss(beta: 2).value(residual: 1) == 0.25)
  }

  @Test("the derivative matches central differences away from ±β", arguments: [0.5, 1, 2])
  func derivative(beta: Double) throws {
    let loss = try SmoothL1Loss(beta: beta)
    for r in linearSpace(from: -5, to: 5, count: 101) where abs(abs(r) - beta) > 1e-3 {
      let numeric = centralDifference(loss.value(residual:), at: r)
      // Piecewise quadratic (ℓ‴ = 0 off the kinks): rounding only, ~1e-9; measured: 1.4e-10.
      #expect(abs(loss.derivative(residual: r) - numeric) < 1e-6, "r = \(r)")
    }
  }

  @Test(
    "is C¹ at |r| = β: value continuous, left and right slopes both ±1", arguments: [0.25, 1, 3])
  func continuouslyDifferentiable(beta: Double) throws {
    let loss = try SmoothL1Loss(beta: beta)
    let h = 1e-7
    for edge in [-beta, beta] {
      let left = (loss.value(residual: edge) - loss.value(residual: edge - h)) / h
      let right = (loss.value(residual: edge + h) - loss.value(residual: edge)) / h
      // One-sided differences err by h·ℓ″/2 ≤ h/(2β) = 2e-7 plus rounding ~1e-9;
      // measured: 2.0e-7 (β = 0.25).
      #expect(abs(left - sign(edge)) < 1e-6)
      #expect(abs(right - sign(edge)) < 1e-6)
      // Just inside, r/β differs from ±1 by about one ulp.
      #expect(
        abs(loss.derivative(residual: edge.nextDown) - loss.derivative(residual: edge.nextUp))
          < 1e-12)
    }
  }

  @Test("its gradient is bounded by 1 and fades to 0 as r → 0")
  func boundedGradient() throws {
    let loss = try SmoothL1Loss(beta: 1)
    let rs = linearSpace(from: -1e3, to: 1e3, count: 2001)
    #expect(rs.allSatisfy { abs(loss.derivative(residual: $0)) <= 1 })
    #expect(loss.derivative(residual: 1e-8) == 1e-8)
  }

  @Test("β = 0 is exactly the L1 loss, derivative included", arguments: [-2, -1e-9, 0, 1e-9, 3])
  func betaZeroIsL1(r: Double) throws {
    let loss = try SmoothL1Loss(beta: 0)
    #expect(loss.value(residual: r) == L1Loss().value(residual: r))
    #expect(loss.derivative(residual: r) == L1Loss().derivative(residual: r))
  }

  @Test("rejects a negative or infinite β")
  func validation() {
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "beta", value: -1, requirement: "finite and >= 0")
    ) { try SmoothL1Loss(beta: -1) }
    #expect(throws: RegularizationError.self) { try SmoothL1Loss(beta: .infinity) }
  }
}
