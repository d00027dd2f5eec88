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

  @Test("at z = ±40 and ±800: no overflow, the exact tails e^(−|z|)")
  func largeInputs() {
    // σ(−40) = e⁻⁴⁰/(1 + e⁻⁴⁰) = e⁻⁴⁰·(1 − 4e-18): equal to e⁻⁴⁰ within an ulp.
    #expect(abs(sigmoid(-40) - exp(-40)) <= exp(-40).ulp)
    #expect(sigmoid(40) == 1)  // 1 − 4e-18 rounds to 1
    #expect(sigmoid(-800) == 0 && sigmoid(800) == 1)  // e⁻⁸⁰⁰ underflows to 0, never e⁸⁰⁰
    #expect(!sigmoid(-800).isNaN && !sigmoid(800).isNaN)
    // σ′(±40) = σ(40)·σ(−40) ≈ e⁻⁴⁰: the tail is kept, not cancelled to 0 by 1 − σ.
    #expect(abs(sigmoidDerivative(40) - exp(-40)) <= 2 * exp(-40).ulp)
    #expect(sigmoidDerivative(-40) == sigmoidDerivative(40))
    #expect(sigmoidDerivative(800) == 0 && sigmoidDerivative(-800) == 0)
  }
}
