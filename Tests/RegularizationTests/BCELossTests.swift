import Foundation
import Testing

@testable import Regularization

@Suite("Binary cross-entropy on probabilities")
struct BCELossTests {
  @Test("known values: −ln p for t = 1, −ln(1 − p) for t = 0")
  func knownValues() {
    let loss = BCELoss()
    // Rounding of log at O(1): a few ulps.
    #expect(abs(loss.value(prediction: 0.5, target: 1) - log(2.0)) < 1e-15)
    #expect(abs(loss.value(prediction: 0.9, target: 1) + log(0.9)) < 1e-15)
    #expect(abs(loss.value(prediction: 0.9, target: 0) + log(0.1)) < 1e-14)
    #expect(loss.value(prediction: 1, target: 1) == 0)
    #expect(loss.value(prediction: 0, target: 0) == 0)
  }

  @Test("clamps each log at −100 as PyTorch: a certain wrong answer costs 100, not ∞")
  func clamped() {
    let loss = BCELoss()
    #expect(loss.value(prediction: 0, target: 1) == 100)
    #expect(loss.value(prediction: 1, target: 0) == 100)
    #expect(loss.value(prediction: 0, target: 0.5) == 50)
  }

  @Test("the derivative (p − t)/(p(1 − p)) matches central differences", arguments: [0.0, 0.3, 1])
  func derivative(target: Double) {
    let loss = BCELoss()
    for p in linearSpace(from: 0.01, to: 0.99, count: 99) {
      let numeric = centralDifference({ loss.value(prediction: $0, target: target) }, at: p)
      let analytic = loss.derivative(prediction: p, target: target)
      // h²·ℓ‴/6 with |ℓ‴| ≤ 2/p³ = 2e6 at p = 0.01 gives 3e-7, relative to |ℓ′| ~ 100;
      // measured: 3.4e-9 relative.
      #expect(abs(analytic - numeric) <= 1e-6 * max(1, abs(analytic)), "p = \(p)")
    }
  }

  @Test("the derivative's denominator is floored at 1e-12, as PyTorch's backward")
  func flooredDerivative() {
    #expect(BCELoss().derivative(prediction: 0, target: 1) == -1e12)
    #expect(BCELoss().derivative(prediction: 1, target: 0) == 1e12)
  }
}
