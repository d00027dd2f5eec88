extension ElasticNetRecipe {
  /// scikit-learn's `(α, ρ)` for the recipe's `(λ₁, λ₂)` with the bias free (see the type).
  public static func sklearnParameters(l1Weight: Double, weightDecay: Double)
    -> (alpha: Double, l1Ratio: Double)
  {
    let total = l1Weight + weightDecay
    return (total / 2, total > 0 ? l1Weight / total : 0)
  }

  /// The recipe's `(λ₁, λ₂)` for scikit-learn's `(α, ρ)`: `λ₁ = 2αρ`, `λ₂ = 2α(1 − ρ)`.
  public static func recipeWeights(alpha: Double, l1Ratio: Double)
    -> (l1Weight: Double, weightDecay: Double)
  {
    (2 * alpha * l1Ratio, 2 * alpha * (1 - l1Ratio))
  }
}
