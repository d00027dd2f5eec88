// Lesson 9 — weight_decay inside the optimizer: SGD, Adam, AdamW.
//
// Claim: in SGD, weight_decay = λ is the L2 penalty (λ/2)‖w‖² on the loss and a decay of
// 1 − ηλ per step; in Adam the same λ goes through the division by √v̂, so it no longer
// decays weights in proportion, although full-batch Adam still reaches the ridge solution.
// AdamW (Loshchilov and Hutter) restores the proportional decay and gives up the ridge
// solution. The experiments are in CoupledDecayExperiment.swift, ZeroGradientExperiment.swift
// and RidgeComparison.swift; every update rule is the library's (Sources/.../Optimizers).
import Figures
import LessonKit
import Regularization

LessonRunner.main(Catalogue.info(9), story: story)

func story(_ lesson: inout Lesson) throws {
  // 1. The article's sentence.
  lesson.narrative.section("The article: weight_decay is \"the standard way\" to add L2")
  lesson.narrative.paragraph(
    """
    Seed 003 adds L2 to a PyTorch model through the optimizer (lambda_l2 = 0.01) and says \
    of it:
    """)
  lesson.narrative.formula(
    "optimizer = optim.Adam(model.parameters(), lr=0.001, weight_decay=lambda_l2)\n"
      + "“在 PyTorch 中,使用 weight_decay 参数是实现 L2 正则化的标准且最有效的方法。”\n"
      + "(In PyTorch, the weight_decay parameter is the standard and most effective way\n"
      + " to implement L2 regularization.)")
  lesson.narrative.paragraph(
    """
    Its derivation, w ← w(1 − ηλ) − η∇L, is plain gradient descent. What weight_decay \
    does depends on the optimizer. PyTorch 2.x documents the three rules below (γ = η the \
    learning rate, λ the group's weight_decay); this lesson runs the library's \
    implementation of exactly these, checked against PyTorch's own trajectories.
    """)
  lesson.narrative.formula(
    """
    SGD:    g ← ∇L(θ) + λθ;  b ← μb + g;  θ ← θ − ηb
    Adam:   g ← ∇L(θ) + λθ;  m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²
            θ ← θ − η·m̂/(√v̂ + ε),  m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ)
    AdamW:  θ ← θ·(1 − ηλ);  then the Adam step with g ← ∇L(θ)   (decoupled)
    """)

  // 2. (a) SGD.
  let data = try OverfitData(seed: lesson.seed)
  let loss = try LinearMSE(features: data.train.features, targets: data.train.targets)
  lesson.narrative.section(
    "SGD: weight_decay = λ is the penalty (λ/2)‖w‖²", uses: ["CoupledDecayExperiment.swift"])
  lesson.narrative.paragraph(
    """
    The training problem (OverfitData.swift): y = wᵀx + 3 + noise with n = \
    \(OverfitData.trainSamples) samples and p = \(OverfitData.features) features, loss \
    L = nn.MSELoss (mean of r²), two parameter groups: the weights with weight_decay = λ, \
    the bias with none. SGD with momentum 0.9, η = \
    \(CoupledDecayExperiment.learningRate), λ = \(CoupledDecayExperiment.lambda), \
    \(CoupledDecayExperiment.steps) steps from θ = 0, once with weight_decay and once \
    without it on L + (λ/2)‖w‖².
    """)
  lesson.narrative.expect(
    "the same trajectory to the last bit: both add λw to the same gradient, in the same order.")
  let coupled = try CoupledDecayExperiment(loss: loss)
  lesson.narrative.result(
    """
    largest difference over \(CoupledDecayExperiment.steps) steps: SGD \
    \(NumberFormat.scientific(coupled.sgdDifference)); the same pair of runs with Adam: \
    \(NumberFormat.scientific(coupled.adamDifference)). Adam's weight_decay is the L2 \
    penalty on the loss as well ("coupled"): what changes is what Adam does with that \
    gradient.
    """)

  // 3. (b) No data gradient.
  lesson.narrative.section(
    "No data gradient: a decay of 1 − ηλ, or a step of ≈ η", uses: ["ZeroGradientExperiment.swift"])
  lesson.narrative.paragraph(
    """
    Take ∇L = 0 and one weight w₀ = 1, η = \(ZeroGradientExperiment.learningRate) as in \
    the article, \(ZeroGradientExperiment.steps) steps. AdamW multiplies by 1 − ηλ and its \
    Adam step is 0. Adam's coupled g = λw is divided by √v̂ ≈ |λw|:
    """)
  lesson.narrative.formula(
    "AdamW:    w_t = (1 − ηλ)ᵗ·w₀\nAdam-L2:  first step = η·λ|w₀|/(λ|w₀| + ε) ≈ η  when λ|w₀| ≫ ε = 1e-8"
  )
  let pair = ZeroGradientExperiment.lambdas
  lesson.narrative.expect(
    """
    AdamW keeps \(NumberFormat.fixed(ZeroGradientExperiment.decayFactor(lambda: pair[0]), 3)) \
    of w at λ = 0.1 and \(NumberFormat.fixed(ZeroGradientExperiment.decayFactor(lambda: pair[1]), 4)) \
    at λ = 10⁻⁴; Adam-L2 loses about the same at both, until λ|w| ≈ ε.
    """)
  let zero = try ZeroGradientExperiment()
  let eta = ZeroGradientExperiment.learningRate
  let steps = Double(ZeroGradientExperiment.steps)
  let article = ZeroGradientExperiment.articleLambda
  let articleAdam = ZeroGradientExperiment.run(zero.adamL2, lambda: article, start: 1)?.end ?? .nan
  let articleAdamW = ZeroGradientExperiment.run(zero.adamW, lambda: article, start: 1)?.end ?? .nan
  let fromTen = ZeroGradientExperiment.run(zero.adamL2, lambda: pair[0], start: 10)?.end ?? .nan
  lesson.narrative.table(
    ["λ", "AdamW w₁₀₀₀", "(1 − ηλ)¹⁰⁰⁰", "Adam-L2 w₁₀₀₀", "Adam-L2 mean step / η"],
    ZeroGradientExperiment.runLambdas.compactMap { lambda -> [String]? in
      guard
        let decoupled = ZeroGradientExperiment.run(zero.adamW, lambda: lambda, start: 1),
        let coupledRun = ZeroGradientExperiment.run(zero.adamL2, lambda: lambda, start: 1)
      else { return nil }
      return [
        NumberFormat.readable(lambda, significant: 1), NumberFormat.fixed(decoupled.end, 6),
        NumberFormat.fixed(ZeroGradientExperiment.decayFactor(lambda: lambda), 6),
        NumberFormat.fixed(coupledRun.end, 4),
        NumberFormat.fixed((1 - coupledRun.end) / (steps * eta), 3),
      ]
    })
  lesson.narrative.result(
    """
    Adam-L2's steps average less than η because √v̂ remembers the larger gradients λw of \
    earlier steps (β₂ = 0.999 keeps about 1000 of them) while w shrinks; from w₀ = 10, \
    which shrinks by a smaller fraction, they average \
    \(NumberFormat.fixed((10 - fromTen) / (steps * eta), 3))·η. At the article's \
    own λ = \(NumberFormat.readable(article, significant: 1)) a weight with no data gradient loses \
    \(NumberFormat.fixed(100 * (1 - articleAdam), 1)) % of itself in \
    \(ZeroGradientExperiment.steps) Adam steps; AdamW (like SGD) takes \
    \(NumberFormat.fixed(100 * (1 - articleAdamW), 1)) %.
    """)
  lesson.narrative.paragraph(
    """
    What to look for in the figure: the two orange AdamW lines stay flat near 1 and differ \
    from each other (λ matters); the solid and dashed blue Adam-L2 lines lie on top of \
    each other (λ does not), and only the dotted one, λ = 1e-8, bends away.
    """)
  lesson.show(OptimizerDecayFigures.zeroGradientDecay(zero), as: "zero-gradient-decay")

  // 4. (c) The training problem.
  try ridgeSection(&lesson, data: data, coupled: coupled, zero: zero)
}

func ridgeSection(
  _ lesson: inout Lesson, data: OverfitData, coupled: CoupledDecayExperiment,
  zero: ZeroGradientExperiment
) throws {
  lesson.narrative.section(
    "Full batch: Adam-L2 reaches the ridge solution, AdamW does not",
    uses: ["RidgeComparison.swift", "RidgeComparison+Run.swift"])
  lesson.narrative.paragraph(
    """
    Since Adam's weight_decay is the gradient of (λ/2)‖w‖², a point where Adam stops \
    moving has m̂ = 0, that is ∇L + λw = 0: the ridge solution. AdamW stops where \
    λw = −m̂/(√v̂ + ε), the gradient divided by its own running size, which is no fixed \
    penalty's gradient. Both run \(RidgeComparison.steps) full-batch steps at η = \
    \(RidgeComparison.learningRate) for λ from 10⁻³ to 1, the bias in its own group without \
    decay; the ridge solution is the closed form of L + (λ/2)‖w‖² (scikit-learn's \
    Ridge(alpha = nλ/2)).
    """)
  lesson.narrative.expect(
    "Adam-L2 within 10⁻³ of ridge (relative) for every λ ≥ 10⁻², AdamW visibly away, more so as λ grows."
  )
  let comparison = try RidgeComparison(data: data)
  lesson.narrative.table(
    ["λ", "Adam-L2 to ridge", "AdamW to ridge", "test MSE ridge", "Adam-L2", "AdamW"],
    comparison.fits.map { fit in
      [
        NumberFormat.readable(fit.lambda, significant: 2),
        NumberFormat.scientific(fit.adamL2Distance, 1),
        NumberFormat.scientific(fit.adamWDistance, 1),
        NumberFormat.fixed(fit.testError.ridge, 3), NumberFormat.fixed(fit.testError.adamL2, 3),
        NumberFormat.fixed(fit.testError.adamW, 3),
      ]
    })
  let adamWLower = comparison.fits.filter { $0.testError.adamW < $0.testError.adamL2 }.count
  lesson.narrative.result(
    """
    distances are ‖w − w_ridge‖/‖w_ridge‖ of the weights. Unpenalized least squares has \
    test MSE \(NumberFormat.fixed(comparison.leastSquaresTestError, 3)). AdamW's test MSE is \
    lower than Adam-L2's at \(adamWLower) of the \(comparison.fits.count) λ on this seed: \
    which one is lower depends on λ, and on the seed (try --seed), so neither is "more \
    effective" here.
    """)
  lesson.narrative.paragraph(
    """
    What to look for in the trajectories figure (λ = \(RidgeComparison.traceLambda)): the \
    blue Adam-L2 and green SGD lines fall towards 0 on the log scale, since both minimize \
    L + (λ/2)‖w‖²; the orange AdamW line levels off (at \
    \(NumberFormat.fixed(comparison.trace.adamW.last ?? .nan, 3)) after \
    \(RidgeComparison.steps) steps) and drifts, because its end point depends on how much \
    √v̂ still remembers.
    """)
  lesson.show(OptimizerDecayFigures.trajectories(comparison), as: "trajectories")
  lesson.narrative.paragraph(
    """
    What to look for in the test-error figure: the black ridge crosses sit on the blue \
    Adam-L2 points at every λ; the orange AdamW curve is a different function of λ, and \
    crosses it.
    """)
  lesson.show(OptimizerDecayFigures.testError(comparison), as: "test-error-vs-lambda")

  // 5. Answering the article.
  lesson.narrative.section("Answering the article")
  lesson.narrative.paragraph(
    """
    "Standard": yes, weight_decay is PyTorch's parameter for it, and in SGD it is exactly \
    the L2 penalty and the decay w ← w(1 − ηλ) − η∇L the article derives. In Adam, the \
    article's own optimizer, it is still the L2 penalty on the loss, but no longer that \
    decay: each weight moves by about η per step whatever λ is, so λ stops meaning "shrink \
    by ηλ". Loshchilov and Hutter, "Decoupled Weight Decay Regularization" (ICLR 2019), \
    make this point and propose AdamW, whose decay is again 1 − ηλ per step but which then \
    minimizes no L2-penalized loss. "Most effective": not shown by anything here; on this \
    problem which one tests better depends on λ and on the seed, and Loshchilov and Hutter's \
    advantage for AdamW is an empirical finding on deep networks, not a property of L2.
    """)

  // 6. Claims.
  lesson.narrative.section("Checking the claims", uses: ["OptimizerDecayClaims.swift"])
  lesson.narrative.paragraph(
    """
    Each claim is computed from the runs above: (a) from the two SGD trajectories, (b) from \
    the zero-gradient runs over w₀ from 10⁻⁶ to 100, (c) from the λ ≥ 10⁻² part of the grid.
    """)
  let claims = OptimizerDecayClaims(coupled: coupled, zeroGradient: zero, comparison: comparison)
  for claim in claims.all { lesson.claim(claim) }
}
