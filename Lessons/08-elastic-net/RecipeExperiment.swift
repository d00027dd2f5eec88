import Regularization

/// Claim (b)'s experiment: seed 003's recipe on well-conditioned data, against coordinate
/// descent's optimum of the same objective.
///
/// Data: 10 independent N(0, 1) features, 5 with weights (1.5, −1, 0.8, 0.5, −0.3), n = 100,
/// noise 1 (`CorrelatedGroups` with groups of one). (α, ρ) = (0.2·α_max, ½), mapped to the
/// recipe's λ₁ = 2αρ, λ₂ = 2α(1 − ρ). Parameters start as PyTorch's `nn.Linear(10, 1)`
/// does, U(−1/√10, 1/√10).
struct RecipeExperiment: Sendable {
  static let learningRate = 0.001
  static let steps = 5000
  static let within = 1e-3
  static let fraction = 0.2
  static let l1Ratio = 0.5
  /// The article's own strengths: `lambda_l1 = 0.005`, `lambda_l2 = 0.01`.
  static let articleL1 = 0.005
  static let articleL2 = 0.01
  /// The offset added to y for the bias finding.
  static let offset = 5.0

  let data: CorrelatedGroups
  let alpha: Double
  let weights: (l1Weight: Double, weightDecay: Double)
  /// Coordinate descent's optimum and its objective `F*`.
  let optimum: ElasticNetFit
  let optimalObjective: Double
  /// The recipe with plain SGD and with Adam (bias out of the decay), `steps` steps each.
  var sgd: RecipeRun
  var adam: RecipeRun
  /// Coordinate descent at the article's (λ₁, λ₂) mapped to (α, ρ).
  let articleOptimum: ElasticNetFit
  /// With y + 5: the relative gap of the recipe with the bias decayed and without.
  let offsetGapDecayed: Double
  let offsetGapFree: Double

  init(seed: UInt64, steps: Int = RecipeExperiment.steps) throws {
    var generator = Xoshiro256StarStar(seed: seed)
    data = try CorrelatedGroups(
      groupWeights: [1.5, -1, 0.8, 0.5, -0.3], groupSize: 1, noiseFeatures: 5, spread: 0,
      using: &generator)
    let start = linearLayerInitialization(features: 10, using: &generator)
    let x = data.dataset.features
    let y = data.dataset.targets
    alpha = Self.fraction * (try AlphaGrid.alphaMax(features: x, targets: y, l1Ratio: Self.l1Ratio))
    weights = ElasticNetRecipe.recipeWeights(alpha: alpha, l1Ratio: Self.l1Ratio)
    let model = try ElasticNet(alpha: alpha, l1Ratio: Self.l1Ratio, tolerance: 1e-12)
    optimum = try model.fit(features: x, targets: y)
    optimalObjective = try model.objective(
      coefficients: optimum.coefficients, intercept: optimum.intercept, features: x, targets: y)
    let recipe = try ElasticNetRecipe(features: x, targets: y, l1Weight: weights.l1Weight)
    sgd = try Self.run(
      Kind.sgd, recipe, start, steps: steps, decay: weights.weightDecay, decaysBias: false,
      alpha: alpha)
    adam = try Self.run(
      Kind.adam, recipe, start, steps: steps, decay: weights.weightDecay, decaysBias: false,
      alpha: alpha)

    let article = ElasticNetRecipe.sklearnParameters(
      l1Weight: Self.articleL1, weightDecay: Self.articleL2)
    articleOptimum = try ElasticNet(
      alpha: article.alpha, l1Ratio: article.l1Ratio, tolerance: 1e-12
    )
    .fit(features: x, targets: y)

    let shifted = y.map { $0 + Self.offset }
    let shiftedRecipe = try ElasticNetRecipe(
      features: x, targets: shifted, l1Weight: weights.l1Weight)
    let shiftedBest = try model.objective(
      coefficients: optimum.coefficients, intercept: optimum.intercept + Self.offset,
      features: x, targets: shifted)
    // Both groups decayed, as `model.parameters()` does, or the bias left free. SGD, since
    // Adam's steps are capped near lr = 0.001 each: 5000 of them cannot carry b to 5.
    let decayed = try Self.run(
      Kind.sgd, shiftedRecipe, start, steps: Self.steps, decay: weights.weightDecay,
      decaysBias: true,
      alpha: alpha)
    let free = try Self.run(
      Kind.sgd, shiftedRecipe, start, steps: Self.steps, decay: weights.weightDecay,
      decaysBias: false,
      alpha: alpha)
    offsetGapDecayed = ((decayed.objectives.last ?? .nan) - shiftedBest) / shiftedBest
    offsetGapFree = ((free.objectives.last ?? .nan) - shiftedBest) / shiftedBest
  }

  /// The optimizers the recipe is run with, at lr = 0.001 and PyTorch's other defaults.
  enum Kind: Sendable { case sgd, adam }

  /// The recipe with one optimizer over the groups `[w, [b]]`, λ₂ on w and on b only if
  /// `decaysBias` (the article's `model.parameters()`).
  static func run(
    _ kind: Kind, _ recipe: ElasticNetRecipe, _ start: (weights: [Double], bias: Double),
    steps: Int, decay: Double, decaysBias: Bool, alpha: Double
  ) throws -> RecipeRun {
    let decays = [decay, decaysBias ? decay : 0]
    switch kind {
    case .sgd:
      var optimizer = try SGD(learningRate: learningRate, weightDecays: decays)
      return recipe.train(
        weights: start.weights, bias: start.bias, steps: steps, alpha: alpha, l1Ratio: l1Ratio,
        optimizer: &optimizer)
    case .adam:
      var optimizer = try Adam(learningRate: learningRate, weightDecays: decays)
      return recipe.train(
        weights: start.weights, bias: start.bias, steps: steps, alpha: alpha, l1Ratio: l1Ratio,
        optimizer: &optimizer)
    }
  }

  /// The steps a run needed to come within 1e-3 relative of `F*`.
  func stepsToOptimum(_ run: RecipeRun) -> Int? {
    run.firstStep(within: Self.within, of: optimalObjective)
  }

  /// `(F − F*)/F*` after a run's last step.
  func finalGap(_ run: RecipeRun) -> Double {
    ((run.objectives.last ?? .nan) - optimalObjective) / optimalObjective
  }

  /// The smallest |w_j| of either recipe run among the features coordinate descent sets to 0.
  var smallestWhereOptimumIsZero: Double {
    optimum.coefficients.indices.filter { optimum.coefficients[$0] == 0 }
      .flatMap { [abs(sgd.weights[$0]), abs(adam.weights[$0])] }.min() ?? .nan
  }
}
