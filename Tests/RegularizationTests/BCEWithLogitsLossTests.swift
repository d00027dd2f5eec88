import Foundation
import Testing

@testable import Regularization

@Suite("Binary cross-entropy on logits")
struct BCEWithLogitsLossTests {
  @Test("equals BCE on σ(z) wherever σ(z) is not rounded to 0 or 1", arguments: [0.0, 0.25, 1])
  func matchesBCEOnProbabilities(target: Double) {
    let logits = BCEWithLogitsLoss()
    let probabilities = BCELoss()
    for z in linearSpace(from: -10, to: 10, count: 81) {
      let a = logits.value(prediction: z, target: target)
      let b = probabilities.value(prediction: sigmoid(z), target: target)
      // BCE on σ(z) loses accuracy in 1 − σ(z) ≈ e⁻ᶻ: relative ε·eᶻ ≈ 5e-12 at z = 10;
      // measured: 1.2e-13.
      #expect(abs(a - b) <= 1e-9 * max(1, abs(a)), "z = \(z)")
    }
  }

  @Test("the derivative σ(z) − t matches central differences", arguments: [0.0, 0.6, 1])
  func derivative(target: Double) {
    let loss = BCEWithLogitsLoss()
    for z in linearSpace(from: -15, to: 15, count: 61) {
      let numeric = centralDifference({ loss.value(prediction: $0, target: target) }, at: z)
      // |ℓ‴| = |σ″| ≤ 0.1, so h²/6 truncation is negligible; rounding ε·|ℓ|/h ≈ 3e-9;
      // measured: 1.3e-9.
      #expect(abs(loss.derivative(prediction: z, target: target) - numeric) < 1e-7, "z = \(z)")
    }
  }

  @Test("is stable at extreme logits: exactly |z| when wrong, 0 when right")
  func extremes() {
    let loss = BCEWithLogitsLoss()
    #expect(loss.value(prediction: 1000, target: 0) == 1000)
    #expect(loss.value(prediction: -1000, target: 1) == 1000)
    #expect(loss.value(prediction: 1000, target: 1) == 0)
    #expect(loss.derivative(prediction: -1000, target: 1) == -1)
    // Where BCE on probabilities is clamped at 100, the logit form keeps the true value.
    #expect(BCELoss().value(prediction: sigmoid(-1000), target: 1) == 100)
  }

  @Test("at z = 0 the loss is ln 2 for either target")
  func zeroLogit() {
    // log1p(1) against log(2): one rounding each, ulp(ln 2) = 1.1e-16.
    #expect(abs(BCEWithLogitsLoss().value(prediction: 0, target: 1) - log(2.0)) < 1e-16)
    #expect(abs(BCEWithLogitsLoss().value(prediction: 0, target: 0) - log(2.0)) < 1e-16)
  }
}
