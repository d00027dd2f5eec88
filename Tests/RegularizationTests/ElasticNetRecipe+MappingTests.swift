import Testing

@testable import Regularization

@Suite("The recipe's (λ₁, λ₂) and scikit-learn's (α, ρ)") struct ElasticNetRecipeMappingTests {
  @Test("the mapping and its inverse: (λ₁, λ₂) → (α, ρ) → (λ₁, λ₂)")
  func mapping() {
    let (alpha, rho) = ElasticNetRecipe.sklearnParameters(l1Weight: 0.2, weightDecay: 0.6)
    #expect(abs(alpha - 0.4) <= 1e-16)
    #expect(abs(rho - 0.25) <= 1e-16)
    let back = ElasticNetRecipe.recipeWeights(alpha: alpha, l1Ratio: rho)
    #expect(abs(back.l1Weight - 0.2) <= 1e-16)
    #expect(abs(back.weightDecay - 0.6) <= 1e-15)
  }
}
