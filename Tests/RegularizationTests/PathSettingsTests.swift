import Testing

@testable import Regularization

@Suite("Path settings") struct PathSettingsTests {
  @Test("λ₁ = (α·ρ)·n and λ₂ = (α·(1 − ρ))·n, rounded as scikit-learn rounds them")
  func penaltyWeights() throws {
    let settings = try PathSettings(l1Ratio: 0.3)
    let (l1, l2) = settings.penaltyWeights(alpha: 0.1, samples: 7)
    #expect(l1 == (0.1 * 0.3) * 7)
    #expect(l2 == (0.1 * (1 - 0.3)) * 7)
    // The other association rounds differently: the check can tell them apart.
    #expect((0.1 * 0.3) * 7 != 0.1 * (0.3 * 7))
  }

  @Test("ρ outside [0, 1], tol ≤ 0 or not finite, and fewer than 1 sweep are refused by name")
  func refusesBadSettings() {
    #expect(throws: RegularizationError.invalidParameter(
      name: "l1Ratio", value: 1.5, requirement: "in [0, 1]")) { try PathSettings(l1Ratio: 1.5) }
    #expect(throws: RegularizationError.invalidParameter(
      name: "tolerance", value: 0, requirement: "> 0")) { try PathSettings(tolerance: 0) }
    #expect(throws: RegularizationError.self) { try PathSettings(tolerance: .infinity) }
    #expect(throws: RegularizationError.invalidParameter(
      name: "maxIterations", value: 0, requirement: ">= 1")) { try PathSettings(maxIterations: 0) }
    #expect(throws: Never.self) { try PathSettings(l1Ratio: 0, tolerance: 1e-12, maxIterations: 1) }
  }

  @Test("α must be finite and ≥ 0")
  func checksAlpha() {
    #expect(throws: RegularizationError.negativePenalty(-1)) { try PathSettings.check(alpha: -1) }
    #expect(throws: RegularizationError.nonFinite(what: "alpha")) {
      try PathSettings.check(alpha: .nan)
    }
    #expect(throws: Never.self) { try PathSettings.check(alpha: 0) }
  }
}
