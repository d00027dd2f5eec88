import Foundation
import Testing

@testable import Regularization

@Suite("Quadratic loss in two weights") struct QuadraticLoss2DTests {
  @Test("the gradient H(w − c) matches central differences of the value")
  func gradient() throws {
    for loss in randomQuadratics(seed: 11, count: 10) {
      let w = [0.3, -1.1]
      let numeric = try FiniteDifference().gradient(of: loss.value, at: w)
      // f is quadratic: no truncation error, rounding ε·f/h ≈ 1e-10; measured ≤ 1e-10.
      #expect(FiniteDifference.relativeError(loss.gradient(w), numeric) < 1e-8)
      #expect(abs(loss.value(w) - plainLoss(loss, w[0], w[1])) <= 1e-14 * max(1, loss.value(w)))
    }
  }

  @Test("α_max = ‖Hc‖∞ is where the L1-penalized minimizer becomes 0")
  func alphaMax() throws {
    for loss in randomQuadratics(seed: 12, count: 20) {
      #expect(try loss.minimizerWithL1Penalty(alpha: loss.alphaMax) == [0, 0])
      #expect(try loss.minimizerWithL1Penalty(alpha: 0.999 * loss.alphaMax) != [0, 0])
    }
  }

  @Test("rejects a Hessian that is not positive definite, a wrong centre and NaN")
  func validation() {
    let indefinite = SymmetricMatrix2(a: 1, b: 2, d: 1)
    #expect(throws: RegularizationError.notPositiveDefinite(pivot: 1)) {
      try QuadraticLoss2D(hessian: indefinite, centre: [0, 0])
    }
    #expect(throws: RegularizationError.notPositiveDefinite(pivot: 0)) {
      try QuadraticLoss2D(hessian: SymmetricMatrix2(a: -1, b: 0, d: 1), centre: [0, 0])
    }
    #expect(throws: RegularizationError.self) {
      try QuadraticLoss2D(hessian: SymmetricMatrix2(a: 1, b: 0, d: 1), centre: [0])
    }
    #expect(throws: RegularizationError.self) {
      try QuadraticLoss2D(hessian: SymmetricMatrix2(a: 1, b: 0, d: 1), centre: [.nan, 0])
    }
  }
}
