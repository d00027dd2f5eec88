// Lesson 8 — Elastic net.
//
// Claim: the elastic net's L2 part makes correlated features share their weight (the
// grouping effect) where the Lasso picks one; the article's PyTorch recipe minimizes the
// same objective, α = (λ₁ + λ₂)/2, ρ = λ₁/(λ₁ + λ₂), and gets its value but not its zeros.
import Figures
import LessonKit
import Regularization

LessonRunner.main(Catalogue.info(8), story: story)

func story(_ lesson: inout Lesson) throws {
  // 1. The objective.
  lesson.narrative.section(
    "The elastic net in scikit-learn's convention",
    uses: ["PathsExperiment.swift", "ElasticNetFigures.swift"])
  lesson.narrative.formula(
    """
    1/(2n)·‖y − Xw − b‖² + α·ρ·‖w‖₁ + α·(1 − ρ)/2·‖w‖²
    ρ = 1: the Lasso;  ρ = 0: ridge with sklearn Ridge's alpha = n·α;  b is never penalized
    α_max = max_j |x_jᵀ(y − ȳ)|/(n·ρ): the smallest α with w = 0
    """)
  lesson.narrative.paragraph(
    """
    Data (CorrelatedGroups): n = 100, three groups of three features x = z_g + 0.1·e \
    (members correlate 0.99), true weight 3, −2.5 and 2 on every member of groups 1, 2, 3, \
    plus five independent noise features with weight 0; noise σ = 1.
    """)
  let grouping = try GroupingSweep(first: lesson.seed)
  let first = grouping.runs[0]
  lesson.narrative.expect(
    "on the Lasso path one member of each group enters first and carries the group; the "
      + "smaller ρ, the more the three members move together.")
  let paths = try PathsExperiment(data: first.data)
  lesson.narrative.paragraph(
    """
    What to look for in the figure: the coefficient paths at ρ = 1, ½ and 0.1 against \
    α/α_max, one colour per group. \(ElasticNetFigures.pathsNote)
    """)
  lesson.show(ElasticNetFigures.paths(paths), as: "paths")

  // 2. The grouping effect.
  lesson.narrative.section(
    "The grouping effect at α = 0.2·α_max", uses: ["GroupingExperiment.swift"])
  lesson.narrative.paragraph(
    """
    Each model at the same fixed fraction of its own α_max (α_max doubles as ρ halves). \
    The measure is the largest member's share of its group's Σ|w|: 1 when one member \
    carries the group, 1/3 when the three share it evenly.
    """)
  lesson.narrative.expect("Lasso shares near 1; elastic-net shares near 1/3.")
  lesson.narrative.table(
    ["seed", "Lasso shares", "Lasso non-zeros", "EN shares", "EN non-zeros"],
    grouping.runs.enumerated().map { offset, run in
      [
        "\(lesson.seed + UInt64(offset))",
        run.lassoShares.map { NumberFormat.fixed($0, 2) }.joined(separator: " "),
        run.data.nonZeroMembers(of: run.lasso.coefficients).map(String.init).joined(separator: " "),
        run.elasticNetShares.map { NumberFormat.fixed($0, 2) }.joined(separator: " "),
        run.data.nonZeroMembers(of: run.elasticNet.coefficients).map(String.init)
          .joined(separator: " "),
      ]
    })
  let pairs = grouping.crossValidatedShares
  let below = pairs.count(where: { $0.elasticNet < $0.lasso })
  lesson.narrative.result(
    """
    At each model's own ElasticNetCV α (5 folds, 100 α) on seed \(lesson.seed) the \
    largest shares are: Lasso \(pairs.map { NumberFormat.fixed($0.lasso, 2) }.joined(separator: " ")), \
    elastic net \(pairs.map { NumberFormat.fixed($0.elasticNet, 2) }.joined(separator: " ")); \
    the elastic net's is below in \(below) of \(pairs.count) groups. CV picks a much \
    smaller α, where the L1 part pushes less and the Lasso, too, keeps more than one \
    member, so the contrast is weaker there (the tests check it on 6 seeds).
    """)
  lesson.narrative.paragraph(
    """
    What to look for in the figure: per group of the first seed, the largest member's \
    share for both models at 0.2·α_max and at the CV-chosen α; the dotted line is an even \
    split.
    """)
  lesson.show(ElasticNetFigures.grouping(first, crossValidated: pairs), as: "grouping")

  // 3. The article's recipe.
  lesson.narrative.section("Seed 003's recipe, as written", uses: ["RecipeExperiment.swift"])
  lesson.narrative.formula(
    """
    criterion = nn.MSELoss()
    lambda_l1 = 0.005
    lambda_l2 = 0.01
    optimizer = optim.Adam(model.parameters(), lr=0.001, weight_decay=lambda_l2)
    l1_penalty = 0
    for param in model.parameters():
        if param.dim() > 1:
            l1_penalty += torch.sum(torch.abs(param))
    total_loss = original_loss + lambda_l1 * l1_penalty
    """)
  lesson.narrative.paragraph(
    """
    For a linear model nn.Linear(p, 1) the weight matrix has dim 2 and the bias dim 1, so \
    the L1 term covers w only; nn.MSELoss is a mean with no ½; weight_decay = λ₂ adds λ₂·θ \
    to the gradient of every parameter passed to the optimizer, the bias included, which \
    is the gradient of (λ₂/2)·‖θ‖². With the bias left free the recipe minimizes
    """)
  lesson.narrative.formula(
    """
    R(w, b) = (1/n)‖y − Xw − b‖² + λ₁‖w‖₁ + (λ₂/2)‖w‖²
            = 2·[1/(2n)‖y − Xw − b‖² + (λ₁/2)‖w‖₁ + (λ₂/4)‖w‖²]
    so αρ = λ₁/2 and α(1 − ρ)/2 = λ₂/4:   α = (λ₁ + λ₂)/2,   ρ = λ₁/(λ₁ + λ₂)
    """)
  let recipe = try RecipeExperiment(seed: lesson.seed)
  let mapping = MappingCheck(
    data: recipe.data.dataset, l1Weight: RecipeExperiment.articleL1,
    weightDecay: RecipeExperiment.articleL2, seed: lesson.seed)
  lesson.narrative.result(
    """
    Checked at \(mapping.points) random (w, b): |R − 2F|/|R| ≤ \
    \(NumberFormat.scientific(mapping.largestRelativeDifference)).
    """)
  let article = ElasticNetRecipe.sklearnParameters(
    l1Weight: RecipeExperiment.articleL1, weightDecay: RecipeExperiment.articleL2)
  lesson.narrative.paragraph(
    """
    Two findings. First, the article's λ₁ = 0.005, λ₂ = 0.01 are α = \
    \(NumberFormat.readable(article.alpha)), ρ = \(NumberFormat.readable(article.l1Ratio)): on \
    the well-conditioned data below (10 independent features, 5 informative, n = 100) \
    coordinate descent's optimum there has \(recipe.articleOptimum.zeroCount) exact zeros, \
    so there is no sparsity for the recipe to miss. Second, the L1 loop spares the bias on \
    purpose ("# 确保我们只惩罚权重,不惩罚偏置"), but passing model.parameters() to Adam \
    decays the bias anyway: with 5 added to every y, after \(RecipeExperiment.steps) SGD \
    steps the recipe's relative gap to the free-bias optimum is \
    \(NumberFormat.scientific(recipe.offsetGapDecayed)) with the bias decayed and \
    \(NumberFormat.scientific(recipe.offsetGapFree)) with it excluded (lesson 3). (SGD here: \
    Adam moves each parameter by about lr = 0.001 per step, so 5000 Adam steps cannot \
    carry the bias from 0 to 5 at all.)
    """)

  // 4. The recipe where it has something to show.
  lesson.narrative.section("The recipe against coordinate descent")
  lesson.narrative.paragraph(
    """
    Same data, α = 0.2·α_max, ρ = ½ (λ₁ = \(NumberFormat.readable(recipe.weights.l1Weight)), \
    λ₂ = \(NumberFormat.readable(recipe.weights.weightDecay))), the bias in a parameter \
    group without decay, lr = 0.001, full-batch steps from nn.Linear's initialization.
    """)
  lesson.narrative.expect(
    "the objective within 10⁻³ of coordinate descent's in a few thousand steps, yet no weight exactly 0."
  )
  lesson.narrative.table(
    ["solver", "steps to 10⁻³", "final relative gap", "exact zeros"],
    [
      [
        "coordinate descent", "", "0",
        "\(recipe.optimum.zeroCount)",
      ]
    ]
      + [("recipe, SGD", recipe.sgd), ("recipe, Adam", recipe.adam)].map { name, run in
        [
          name, recipe.stepsToOptimum(run).map(String.init) ?? "> \(RecipeExperiment.steps)",
          NumberFormat.scientific(recipe.finalGap(run)),
          "\(run.weights.count(where: { $0 == 0 }))",
        ]
      })
  lesson.narrative.result(
    """
    The smallest |w_j| the recipe leaves where coordinate descent has 0: \
    \(NumberFormat.scientific(recipe.smallestWhereOptimumIsZero)). A gradient step moves \
    w_j by −η·λ₁·sign(w_j) plus the loss's pull, so it jumps across 0 instead of landing \
    on it; lesson 10 shows why and what lands on it (the proximal step).
    """)

  // 5. The claims.
  lesson.narrative.section("Checking the claims", uses: ["ElasticNetClaims.swift"])
  lesson.narrative.paragraph(
    """
    Each claim is recomputed from the numbers above: (a) the shares of all 10 seeds, (b) \
    the recipe's recorded objectives against F* and its weights' exact zeros, (c) R − 2F \
    at random points.
    """)
  for claim in ElasticNetClaims(grouping: grouping, recipe: recipe, mapping: mapping).all {
    lesson.claim(claim)
  }
}
