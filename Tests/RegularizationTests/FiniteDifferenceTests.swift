import Foundation
import Testing

@testable import Regularization

@Suite("Finite differences")
struct FiniteDifferenceTests {
  let difference: FiniteDifference

  init() throws { difference = try FiniteDifference() }

  @Test("on a quadratic the central difference is exact up to rounding")
  func quadraticIsExact() {
    // f(x) = ½xᵀAx − bᵀx with A = [[3, 1], [1, 2]]: ∇f = Ax − b.
    let f = { (x: [Double]) in
      0.5 * (3 * x[0] * x[0] + 2 * x[0] * x[1] + 2 * x[1] * x[1]) - (x[0] - 2 * x[1])
    }
    let x = [0.7, -1.3]
    let exact = [3 * x[0] + x[1] - 1, x[0] + 2 * x[1] + 2]
    let estimate = difference.gradient(of: f, at: x)
    // No truncation error (∂³f = 0); rounding ε·|f|/h ≈ 1e-16·2/6e-6 ≈ 4e-11: measured 9.8e-11.
    #expect(FiniteDifference.relativeError(estimate, exact) < 1e-9)
  }

  @Test("on a smooth non-quadratic function the error is of order h² + ε/h")
  func smoothFunction() {
    let f = { (x: [Double]) in exp(x[0]) * sin(x[1]) + x[2] * x[2] * x[2] }
    let x = [0.3, 1.1, -0.8]
    let exact = [exp(x[0]) * sin(x[1]), exp(x[0]) * cos(x[1]), 3 * x[2] * x[2]]
    let estimate = difference.gradient(of: f, at: x)
    // h²·|f‴|/6 ≈ 6e-12 plus rounding ≈ 4e-11: measured 1.9e-11.
    #expect(FiniteDifference.relativeError(estimate, exact) < 1e-9)
  }

  @Test("the derivative of one variable is the gradient's one coordinate")
  func derivativeMatchesGradient() {
    let x = 1.7
    let oneVariable = difference.derivative(of: { exp($0) }, at: x)
    let gradient = difference.gradient(of: { exp($0[0]) }, at: [x])
    #expect(oneVariable == gradient[0])
    // Truncation e^x·h²·max(1, x)²/6 ≈ 5e-11 plus rounding: measured 1.9e-11 relative.
    #expect(abs(oneVariable - exp(x)) < 1e-9 * exp(x))
  }

  @Test("the error is second order: halving a large step quarters it")
  func secondOrder() throws {
    func error(_ h: Double) throws -> Double {
      abs(try FiniteDifference(relativeStep: h).derivative(of: { exp($0) }, at: 0) - 1)
    }
    // Truncation h²/6 dominates at h = 1e-2; the ratio is 4 up to O(h²) terms (measured 4.000015).
    let ratio = try error(1e-2) / error(5e-3)
    #expect(abs(ratio - 4) < 1e-3)
  }

  @Test("the denominator is the distance actually stepped, so f(x) = x gives exactly 1")
  func exactDenominator() {
    let x = 0.1
    #expect(difference.derivative(of: { $0 }, at: x) == 1)
    // The intended 2h is not the stepped distance here, so dividing by it would be off.
    let h = FiniteDifference.defaultRelativeStep
    #expect((x + h) - (x - h) != 2 * h)
  }

  @Test("the step grows with |x|: h·max(1, |x|)")
  func relativeStep() throws {
    // f(x) = x³ at x = 1e3: truncation h_j²·6/6 = (6e-3)² ≈ 3.7e-5 on f′ = 3e6, i.e. 1e-11
    // relative; with an absolute step of 6e-6 the rounding would be ε·1e9/6e-6 ≈ 4e-2. Measured 1.7e-11.
    let x = 1e3
    let estimate = difference.derivative(of: { $0 * $0 * $0 }, at: x)
    #expect(abs(estimate - 3 * x * x) < 1e-8 * 3 * x * x)
  }

  @Test("a gradient costs 2 evaluations per coordinate, each with one coordinate moved")
  func evaluationCount() {
    var points: [[Double]] = []
    let x = [1.0, 2.0, 3.0, 4.0]
    _ = difference.gradient(
      of: { point in
        points.append(point)
        return point.reduce(0, +)
      }, at: x)
    #expect(points.count == 8)
    for (k, point) in points.enumerated() {
      let moved = point.indices.filter { point[$0] != x[$0] }
      #expect(moved == [k / 2])
    }
  }

  @Test("relative error is ‖a − b‖/max(‖a‖, ‖b‖), 0 for two zero vectors")
  func relativeErrorDefinition() {
    #expect(FiniteDifference.relativeError([3, 4], [3, 4]) == 0)
    #expect(FiniteDifference.relativeError([0, 0], [0, 0]) == 0)
    #expect(FiniteDifference.relativeError([1, 0], [0, 0]) == 1)
    // ‖(0, 1)‖/‖(3, 4)‖ = 1/5, in either order.
    #expect(FiniteDifference.relativeError([3, 4], [3, 3]) == 0.2)
    #expect(FiniteDifference.relativeError([3, 3], [3, 4]) == 0.2)
  }

  @Test(
    "rejects a step that is not a finite number > 0",
    arguments: [0.0, -1e-6, Double.nan, Double.infinity])
  func rejectsBadStep(step: Double) {
    #expect(throws: RegularizationError.self) { try FiniteDifference(relativeStep: step) }
  }
}
