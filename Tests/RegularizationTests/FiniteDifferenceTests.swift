import Foundation
import Testing

@testable import Regularization

@Suite("Finite differences")
struct FiniteDifferenceTests {
  @Test("the derivative of sin at x is cos x", arguments: [-2.0, 0, 0.5, 3])
  func derivativeOfSine(x: Double) throws {
    let estimate = try FiniteDifference.derivative(of: sin, at: x)
    // Truncation h²/6 ≈ 2e-11 plus rounding ε/h ≈ 2e-11: measured ≤ 1.8e-11.
    #expect(abs(estimate - cos(x)) <= 1e-9)
  }

  @Test("the truncation error falls like h²: ten times smaller h, a hundred times smaller error")
  func secondOrder() throws {
    let x = 0.7
    let coarse = try FiniteDifference.derivative(of: exp, at: x, step: 1e-2) - exp(x)
    let fine = try FiniteDifference.derivative(of: exp, at: x, step: 1e-3) - exp(x)
    // error = h²·e^x/6 + h⁴·e^x/120: the ratio is 100·(1 + h²/20) ≈ 100.0005 (measured).
    #expect(abs(coarse / fine - 100) <= 0.01)
  }

  @Test("the gradient of ½‖Ax‖² is AᵀA·x")
  func gradientOfQuadratic() throws {
    let a = try Matrix(rowArrays: [[1, 2, 0], [0, -1, 3], [2, 0, 1]])
    let x = [0.3, -1.2, 2.0]
    let f = { (v: [Double]) in 0.5 * squaredNorm(a.multiplied(by: v)) }
    let estimate = try FiniteDifference.gradient(of: f, at: x)
    let exact = a.transposeMultiplied(by: a.multiplied(by: x))
    // A quadratic has f‴ = 0: rounding only, ε·|f|/h ≈ 2e-10; measured 1.9e-10.
    #expect(maxAbsDifference(estimate, exact) <= 1e-8)
  }

  @Test("an affine function's gradient is its slope, whatever the constant")
  func affineGradient() throws {
    let w = [1.5, -2.0]
    for b in [0.0, 50, -1e3] {
      let estimate = try FiniteDifference.gradient(of: { dot(w, $0) + b }, at: [0.4, 1.1])
      // Rounding only, ε·|f|/h ≈ 2e-8 with |f| ≈ 1e3; measured ≤ 1.9e-9.
      #expect(maxAbsDifference(estimate, w) <= 1e-7)
    }
  }

  @Test("leaves the point unchanged between coordinates: f sees x ± h·e_j only")
  func onePerturbationAtATime() throws {
    let x = [1.0, 2.0, 3.0]
    var seen: [[Double]] = []
    _ = try FiniteDifference.gradient(
      of: { v in
        seen.append(v)
        return 0
      }, at: x, step: 0.5)
    #expect(
      seen == [
        [1.5, 2, 3], [0.5, 2, 3], [1, 2.5, 3], [1, 1.5, 3], [1, 2, 3.5], [1, 2, 2.5],
      ])
  }

  @Test("rejects a step that is not finite and positive", arguments: [0.0, -1e-3, .nan])
  func rejectsBadStep(step: Double) {
    #expect(throws: RegularizationError.self) {
      try FiniteDifference.derivative(of: sin, at: 0, step: step)
    }
    #expect(throws: RegularizationError.self) {
      try FiniteDifference.gradient(of: { $0.reduce(0, +) }, at: [0], step: step)
    }
  }
}
