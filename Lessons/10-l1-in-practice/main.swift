// Lesson 10 — L1 in practice: subgradients, proximal steps and two pitfalls.
//
// Claim: adding α‖w‖₁ to the loss and stepping along sign(w) never makes a weight exactly
// 0, while the proximal step (soft-thresholding: ISTA, and the truncated gradient done
// right) reaches the lasso solution with its exact zeros; FISTA's O(1/k²) matters on an
// ill-conditioned design and not on an easy one; seed 004's snippet adds norms (not
// squares) over every parameter, the bias included, and so minimizes another objective.
// The experiments live in ProximalExperiment.swift, RateExperiment.swift,
// NormPenaltyExperiment.swift and SnippetExperiment.swift; the solvers in the library.
import Figures
import LessonKit
import Regularization

LessonRunner.main(Catalogue.info(10), story: story)

func story(_ lesson: inout Lesson) throws {
  // 1. What the articles say.
  lesson.narrative.section("What the articles do with L1")
  lesson.narrative.paragraph(
    """
    Seed 003: "L1 惩罚项的梯度是 sign(w)，这会带来问题，因为符号函数在 w = 0 处未定义" (the \
    L1 gradient is sign(w), which is a problem because sign is undefined at w = 0; the \
    formulas were images and are restored here), "因此，L1 正则化通常不会像权重衰减那样直接在\
    优化器中实现。相反，我们通常在执行反向传播之前，手动将 L1 惩罚项添加到损失中" (so L1 is \
    not built into the optimizer; we add the L1 term to the loss by hand before backward()). \
    Adding α‖w‖₁ to the loss and calling backward() is subgradient descent: PyTorch's \
    autograd takes sign(0) = 0, one element of the subdifferential [−1, 1] of |w| at 0.
    """)
  lesson.narrative.formula(
    """
    subgradient   w ← w − η·(∇f(w) + α·sign(w)),             sign(0) = 0
    proximal      w ← S(w − η·∇f(w), ηα),   S(v, t) = sign(v)·max(|v| − t, 0)   (ISTA)
    """)
  lesson.narrative.paragraph(
    """
    Both use f(w) = 1/(2n)·‖y − Xw − b‖², scikit-learn's Lasso objective F = f + α‖w‖₁, the \
    step η = 1/L with L = λ_max(X_cᵀX_c/n), and start at w = 0.
    """)

  // 2. Subgradient descent against ISTA.
  lesson.narrative.section(
    "Subgradient steps jitter, proximal steps land on 0", uses: ["ProximalExperiment.swift"])
  let proximal = try ProximalExperiment(seed: lesson.seed)
  lesson.narrative.paragraph(
    """
    Data: n = \(ProximalExperiment.samples), p = \(ProximalExperiment.features) independent \
    standard-normal features, \(ProximalExperiment.informative) informative weights ±U(1, 2), \
    noise σ = 1; α = \(ProximalExperiment.alphaFraction)·α_max = \
    \(NumberFormat.readable(proximal.alpha)), L = \
    \(NumberFormat.readable(proximal.loss.lipschitz)), so ηα = \
    \(NumberFormat.readable(proximal.stepSize * proximal.alpha)). The reference is \
    coordinate descent (lesson 1's solver) to a relative duality gap of 1e-13.
    """)
  lesson.narrative.expect(
    """
    a weight that belongs at 0 is pushed across 0 by about ηα at every subgradient step and \
    never stays there; soft-thresholding maps every step that lands in [−ηα, ηα] to 0.0.
    """)
  let shown =
    Array(proximal.solutionZeros.prefix(3))
    + proximal.solution.indices.filter { proximal.solution[$0] != 0 }.prefix(2)
  let last = { (path: [[Double]]) in path[path.count - 1] }
  lesson.narrative.table(
    ["after \(ProximalExperiment.iterations) steps"] + shown.map { "w\($0 + 1)" } + ["exact zeros"],
    [
      ("coordinate descent", proximal.solution), ("ISTA", last(proximal.ista)),
      ("subgradient", last(proximal.subgradient)),
    ].map { name, w in
      [name] + shown.map { NumberFormat.scientific(w[$0], 3) } + ["\(zeroCount(w))"]
    })
  let agreement = proximal.firstAgreement(proximal.ista)
  lesson.narrative.result(
    """
    ISTA is within 10⁻⁶ of coordinate descent with the same \
    \(zeroCount(proximal.solution)) exact zeros from iteration \
    \(agreement.map(String.init) ?? "—") on. Subgradient descent has \
    \(zeroCount(last(proximal.subgradient))) exact zeros; over its last \
    \(ProximalExperiment.window) steps the weights that belong at 0 reach a median of \
    \(NumberFormat.fixed(median(proximal.jitter), 2))·ηα and at most \
    \(NumberFormat.fixed(proximal.jitter.max() ?? .nan, 2))·ηα. The jitter comes from the \
    fixed step (each crossing moves a weight by η·|∂f/∂w_j ± α|), so a smaller step shrinks \
    it in proportion; it does not turn it into zeros.
    """)
  lesson.narrative.paragraph(
    """
    What to look for in the figure: the solid ISTA lines of the two coefficients that \
    coordinate descent zeroes reach exactly 0.0 within a few dozen iterations and stay; the dashed \
    subgradient lines of the same colour keep crossing it.
    """)
  lesson.show(L1PracticeFigures.subgradientVersusProx(proximal), as: "subgradient-vs-prox")

  // 3. The truncated gradient, done right and done wrong.
  lesson.narrative.section(
    "The truncated gradient is soft-thresholding; the clipped step is not",
    uses: ["ProximalExperiment.swift"])
  lesson.narrative.paragraph(
    """
    Langford, Li and Zhang (2009) make online L1 sparse by truncation: take the data step, \
    then pull each weight toward 0 by ηα but stop at 0. With no truncation range (θ = ∞) \
    and the pull at every step (K = 1), that is soft-thresholding, case by case:
    """)
  lesson.narrative.formula(
    """
    v ≥ 0:  T(v, ηα) = max(0, v − ηα)  = max(|v| − ηα, 0)            = S(v, ηα)
    v < 0:  T(v, ηα) = min(0, v + ηα)  = −max(|v| − ηα, 0)           = S(v, ηα)
    pitfall: v = w − η(∇f(w) + α·sign(w));  w ← 0 if v·w < 0, else v
    """)
  let clippedLast = last(proximal.clipped)
  lesson.narrative.result(
    """
    Run side by side for \(ProximalExperiment.iterations) steps, the truncated gradient and \
    ISTA agree \(proximal.truncated == proximal.ista ? "at every iterate, exactly" : "NOT at every iterate"). \
    The clipped combined step ends \
    \(NumberFormat.readable(maxAbsDifference(clippedLast, proximal.solution), significant: 2)) \
    from the solution with \(zeroCount(clippedLast)) zeros instead of \
    \(zeroCount(proximal.solution)): a weight at 0 has sign(0) = 0, so its next step is the \
    data step alone, with no penalty to hold it at 0; it leaves 0, the penalty pulls it \
    back, the clip resets it, and the others settle where that cycle lets them.
    """)

  // 4. ISTA against FISTA.
  lesson.narrative.section(
    "ISTA against FISTA, checked against their bounds", uses: ["RateExperiment.swift"])
  let rates = try RateExperiment(seed: lesson.seed)
  let ill = rates.illConditioned
  let well = rates.wellConditioned
  lesson.narrative.paragraph(
    """
    FISTA (Beck and Teboulle 2009) takes the same proximal step from an extrapolated point \
    v_k = w_k + ((t_{k−1} − 1)/t_k)·(w_k − w_{k−1}). The paper proves, for any k ≥ 1:
    """)
  lesson.narrative.formula(
    """
    ISTA    F(w_k) − F* ≤ L·‖w0 − w*‖² / (2k)
    FISTA   F(w_k) − F* ≤ 2L·‖w0 − w*‖² / (k + 1)²
    """)
  lesson.narrative.paragraph(
    """
    Two designs with n = \(RateExperiment.samples), p = \(RateExperiment.features), α = \
    \(RateExperiment.alphaFraction)·α_max: AR(0.95) features (Corr(x_j, x_k) = 0.95^|j−k|; \
    here L = \(NumberFormat.readable(ill.lipschitz)) and condition number \
    \(NumberFormat.readable(ill.lipschitz / ill.smallestEigenvalue, significant: 2))) and \
    independent ones (L = \(NumberFormat.readable(well.lipschitz)), condition number \
    \(NumberFormat.readable(well.lipschitz / well.smallestEigenvalue, significant: 2))). \
    F* is coordinate descent's objective; w* its solution.
    """)
  lesson.narrative.expect(
    """
    on AR(0.95) ISTA creeps like 1/k and soon rises above FISTA's bound while FISTA stays \
    under it; on independent features ISTA converges linearly and FISTA has little to add.
    """)
  let checkpoints = [1, 10, 30, 100, 300, RateExperiment.iterations]
  lesson.narrative.table(
    ["F(w_k) − F* at k ="] + checkpoints.map(String.init),
    [
      ("ISTA, AR(0.95)", ill.istaGaps), ("FISTA, AR(0.95)", ill.fistaGaps),
      ("ISTA, independent", well.istaGaps), ("FISTA, independent", well.fistaGaps),
    ].map { name, gaps in [name] + checkpoints.map { NumberFormat.scientific(gaps[$0], 1) } }
      + [
        ["ISTA bound, AR(0.95)"]
          + checkpoints.map { NumberFormat.scientific(ill.bound(.ista, at: $0), 1) },
        ["FISTA bound, AR(0.95)"]
          + checkpoints.map { NumberFormat.scientific(ill.bound(.fista, at: $0), 1) },
      ])
  let istaSteps = well.iterations(toReach: L1PracticeClaims.convergedGap, well.istaGaps)
  let fistaSteps = well.iterations(toReach: L1PracticeClaims.convergedGap, well.fistaGaps)
  lesson.narrative.result(
    """
    On AR(0.95), ISTA's gap is above FISTA's bound from k = \
    \(ill.istaCrossesFistaBound.map(String.init) ?? "—") on and ends \
    \(NumberFormat.readable(ill.istaGaps[RateExperiment.iterations] / ill.fistaGaps[RateExperiment.iterations], significant: 2))× \
    FISTA's; both stay under their own bounds (worst gap/bound \
    \(NumberFormat.readable(ill.worstBoundRatio(ill.istaGaps, .ista), significant: 2)) and \
    \(NumberFormat.readable(ill.worstBoundRatio(ill.fistaGaps, .fista), significant: 2))). \
    On independent features the gap reaches 10⁻¹⁰·F* at k = \
    \(istaSteps.map(String.init) ?? "—") for ISTA and \(fistaSteps.map(String.init) ?? "—") \
    for FISTA: ISTA is linear there (its 1/k bound is a worst case it is nowhere near), \
    FISTA gains at most a small factor (the claim allows 2), and its momentum makes its \
    gap ripple at the end.
    """)
  lesson.narrative.paragraph(
    """
    The claim checks the bounds themselves, not slopes fitted to the curves: a fitted slope \
    depends on the window chosen and says nothing about a guarantee.
    """)
  lesson.narrative.paragraph(
    """
    What to look for in the figure: the solid vermillion FISTA curve stays under its dashed \
    bound, while the solid blue ISTA curve flattens and crosses that bound early on; the \
    dotted curves of the easy problem fall straight to rounding within a few dozen steps.
    """)
  lesson.show(L1PracticeFigures.istaVersusFista(rates), as: "ista-vs-fista")

  // 5. The norm is not weight decay.
  lesson.narrative.section(
    "torch.norm(p, 2) is a norm, not weight decay", uses: ["NormPenaltyExperiment.swift"])
  let norms = try NormPenaltyExperiment(seed: lesson.seed)
  lesson.narrative.formula(
    """
    λ‖w‖₂:       ∇ = λ·w/‖w‖₂   (length λ for every w ≠ 0; 0/0 at w = 0)
    λ/2·‖w‖²:    ∇ = λ·w        (length λ‖w‖: weight decay, shrinks in proportion)
    prox of λ‖w‖₂: max(0, 1 − ηλ/‖v‖)·v, exactly 0 once ‖v‖ ≤ ηλ
    """)
  lesson.narrative.paragraph(
    """
    At w = 0 the norm has no gradient; its subdifferential is the ball {g : ‖g‖ ≤ λ}. The \
    library returns its centre, 0, never NaN, which is also what PyTorch's norm_backward \
    does ("we return a subgradient containing 0"). On least squares f(w) = 1/(2n)‖y_c − \
    X_c·w‖², w = 0 is optimal exactly when ‖∇f(0)‖ = ‖X_cᵀy_c‖/n = λ₀ ≤ λ.
    """)
  lesson.narrative.expect(
    "at 1.001·λ₀ every weight 0.0 at once; at 0.999·λ₀ a small w ≠ 0; ridge never 0.")
  lesson.narrative.result(
    """
    On the snippet's data λ₀ = \(NumberFormat.readable(norms.threshold)). FISTA with block \
    soft-thresholding gives \(zeroCount(norms.aboveSolution)) of \
    \(norms.aboveSolution.count) weights 0.0 at \(norms.aboveFactor)·λ₀ and ‖w‖ = \
    \(NumberFormat.scientific(euclideanNorm(norms.belowSolution), 1)) at \
    \(norms.belowFactor)·λ₀ (the unpenalized least-squares ‖w‖ is \
    \(NumberFormat.readable(norms.leastSquaresNorm, significant: 3))); ridge at \
    \(norms.aboveFactor)·λ₀ keeps all \(norms.ridgeAbove.count) non-zero (‖w‖ = \
    \(NumberFormat.readable(euclideanNorm(norms.ridgeAbove), significant: 3))).
    """)
  lesson.narrative.paragraph(
    """
    What to look for in the figure: in the right panel the solid blue line of the norm is \
    flat at λ all the way down to ‖w‖ → 0 and drops to the marked 0 only at w = 0, while \
    the dashed vermillion line of weight decay falls to 0 with ‖w‖.
    """)
  lesson.show(L1PracticeFigures.normVersusSquared(norms), as: "norm-vs-squared")

  // 6. Seed 004's snippet, run as written.
  lesson.narrative.section("Seed 004's snippet, run as written", uses: ["SnippetExperiment.swift"])
  lesson.narrative.paragraph("Seed 004 ends with this PyTorch example (its line breaks restored):")
  lesson.narrative.formula(
    """
    self.linear = nn.Linear(10, 1)
    criterion = nn.MSELoss()
    optimizer = optim.SGD(model.parameters(), lr=0.01)
    l1_lambda = 0.01
    l2_lambda = 0.01
    for epoch in range(num_epochs):
        for inputs, targets in data_loader:
            optimizer.zero_grad()
            outputs = model(inputs)
            loss = criterion(outputs, targets)
            l1_reg = torch.tensor(0.)
            for param in model.parameters():
                l1_reg += torch.norm(param, 1)
            loss += l1_lambda * l1_reg
            l2_reg = torch.tensor(0.)
            for param in model.parameters():
                l2_reg += torch.norm(param, 2)
            loss += l2_lambda * l2_reg
            loss.backward()
            optimizer.step()
    """)
  lesson.narrative.paragraph(
    """
    model.parameters() yields the weight vector and the bias, and torch.norm(param, 2) is \
    the norm, not its square; for the one-element bias both norms are |b|. (Seed 003's L1 \
    loop skips biases with `if param.dim() > 1`; this one does not.) So the loss is
    """)
  lesson.narrative.formula(
    """
    snippet:   (1/n)‖y − Xw − b‖² + λ₁(‖w‖₁ + |b|) + λ₂(‖w‖₂ + |b|)
    meant:     (1/n)‖y − Xw − b‖² + λ₁‖w‖₁ + λ₂‖w‖²,  b free (the article's §一 and §三)
    """)
  let snippet = try SnippetExperiment(seed: lesson.seed)
  lesson.narrative.paragraph(
    """
    The snippet leaves num_epochs and data_loader open. Here the loader yields the whole \
    training set (n = \(SnippetExperiment.samples), 10 features, 5 informative, intercept \
    \(Int(SnippetExperiment.intercept)), noise 1) as one batch, for \
    \(SnippetExperiment.epochs) epochs, from PyTorch's initialization U(−1/√10, 1/√10); \
    minibatches would add SGD noise around the same point. Each objective is also \
    minimized by another solver: FISTA for the snippet's (with the sum of the two norms' \
    proximal maps), coordinate descent for the meant one (scikit-learn's ElasticNet with \
    α = λ₁/2 + λ₂, ρ = (λ₁/2)/α).
    """)
  lesson.narrative.expect(
    """
    the SGD end point is the snippet objective's minimizer; its bias condition, \
    (2/n)Σ(ŷ − y) + (λ₁ + λ₂)·sign(b) = 0, leaves a mean residual of (λ₁ + λ₂)/2 = 0.01.
    """)
  let bias = SnippetExperiment.bias
  let weights = SnippetExperiment.weights
  lesson.narrative.table(
    ["θ", "b", "‖w‖₁", "mean(y − ŷ)", "snippet objective"],
    [
      ("SGD, as written", snippet.trained), ("snippet's minimizer", snippet.snippetMinimizer),
      ("meant objective's", snippet.meantMinimizer),
      ("snippet without the bias", snippet.biasExcludedMinimizer),
    ].map { name, theta in
      [
        name, NumberFormat.fixed(bias(theta), 6), NumberFormat.fixed(l1Norm(weights(theta)), 6),
        NumberFormat.scientific(snippet.meanResidual(theta), 3),
        NumberFormat.fixed(snippet.snippetObjective(theta), 8),
      ]
    })
  lesson.narrative.result(
    """
    SGD ends \(NumberFormat.scientific(maxAbsDifference(snippet.trained, snippet.snippetMinimizer), 1)) \
    from the snippet's minimizer (which has \(zeroCount(snippet.snippetMinimizer)) exact \
    zeros; where it has one, SGD's sign(0) = 0 jitters around it by about lr·(λ₁ + λ₂), \
    as in section 2) and \
    \(NumberFormat.readable(maxAbsDifference(snippet.trained, snippet.biasExcludedMinimizer), significant: 2)) \
    from the minimizer without the bias term. Against the objective the article meant, the \
    bias is off by \(NumberFormat.readable(bias(snippet.trained) - bias(snippet.meantMinimizer), significant: 2)) \
    and the weights by up to \
    \(NumberFormat.scientific(maxAbsDifference(weights(snippet.trained), weights(snippet.meantMinimizer)), 1)). \
    At λ = 0.01 both differences are small: the norm's pull has length λ₂ in total, not \
    2λ₂·w per weight, and |b| moves b by a constant, not in proportion as λ·b² would (lesson \
    3). They are differences of objective, not of noise: the last three rows are exact minimizers of three different functions.
    """)

  // 7. The claims.
  lesson.narrative.section(
    "Checking the claims",
    uses: [
      "L1PracticeClaims.swift", "L1PracticeClaims+Descent.swift", "L1PracticeClaims+Norms.swift",
    ])
  lesson.narrative.paragraph(
    """
    Each claim is recomputed from the runs above against a stated bound; the tests feed \
    every check a wrong input (ISTA stopped after 3 steps, ISTA's curve as FISTA's, the \
    threshold at 0.999·λ₀, the bias-free objective's minimizer) and see it fail.
    """)
  let claims = L1PracticeClaims(
    proximal: proximal, rates: rates, norms: norms, snippet: snippet)
  for claim in claims.all { lesson.claim(claim) }
}
