import Foundation
import Testing

@testable import Regularization

@Suite("Sigmoid")
struct SigmoidTests {
  @Test("σ(0) = 1/2 and σ(−z) = 1 − σ(z)")
  func symmetry() {
    #expect(sigmoid(0) == 0.5)
    for z in linearSpace(from: -20, to: 20, count: 81) {
      // 1 − σ(z) cancels for large z: allow a few ulps of 1; measured: 1.5e-16.
      #expect(abs(sigmoid(-z) - (1 - sigmoid(z))) < 1e-15)
    }
  }

  @Test("is finite at extreme inputs: 0 and 1, never NaN")
  func extremes() {
    #expect(sigmoid(-1000) == 0)
    #expect(sigmoid(1000) == 1)
    #expect(sigmoid(-40) > 0)
    #expect(sigmoidDerivative(1000) == 0 && sigmoidDerivative(-1000) == 0)
  }

  @Test("σ′ matches central differences")
  func derivative() {
    for z in linearSpace(from: -10, to: 10, count: 81) {
      // h²·σ‴/6 ≤ 1e-12·0.13/6 plus rounding ε/h = 2e-10; measured: 1.3e-10.
      #expect(abs(sigmoidDerivative(z) - centralDifference(sigmoid, at: z)) < 1e-8)
    }
  }

  @Test("σ′ is at most 1/4, reached at 0, and below 0.018 for |z| > 4")
  func derivativeBound() {
    #expect(sigmoidDerivative(0) == 0.25)
    let zs = linearSpace(from: -30, to: 30, count: 6001)
    #expect(zs.allSatisfy { sigmoidDerivative($0) <= 0.25 })
    // σ′(4) = e⁻⁴/(1 + e⁻⁴)² = 0.01766.
    #expect(zs.filter { abs($0) > 4 }.allSatisfy { sigmoidDerivative($0) < 0.018 })
    // A few ulps of 0.0177 (ulp 3.5e-18).
    #expect(abs(sigmoidDerivative(4) - exp(-4) / ((1 + exp(-4)) * (1 + exp(-4)))) < 1e-17)
  }
}
