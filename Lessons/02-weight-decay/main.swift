import Figures
// Lesson 2 — L2 is weight decay: the factor 1 − ηλ/n.
//
// Claim: adding λ/(2n)·Σw² to a cost C0 turns every gradient step into "shrink w by the
// factor 1 − ηλ/n, then take the plain step"; the bias is left alone; the decay stops at
// the ridge solution, which multiplies each eigen-direction of XᵀX by d_j/(d_j + λ).
// Each step of the articles' derivation is printed, then checked numerically. Read top to
// bottom; the experiments are in WeightDecayExperiment.swift, PureDecayExperiment.swift,
// ShrinkageExperiment.swift and LambdaConventions.swift, the numerics in the library.
import Foundation
import LessonKit
import Regularization

LessonRunner.main(Catalogue.info(2), story: story)

func story(_ lesson: inout Lesson) throws {
  let derivation = try WeightDecayExperiment(seed: lesson.seed)
  let cost = derivation.cost
  let theta0 = derivation.start
  let lambda = WeightDecayExperiment.lambda
  let claims = try WeightDecayClaims(
    derivation: derivation, decay: PureDecayExperiment(start: cost.weights(theta0)),
    shrinkage: ShrinkageExperiment(data: derivation.data, lambda: lambda))

  // 1. The cost.
  lesson.narrative.section(
    "The cost: C = C0 + λ/(2n)·Σw²", uses: ["WeightDecayExperiment.swift", "ArticleCost.swift"])
  lesson.narrative.paragraph(
    """
    Seeds 001 and 004 carry the same derivation (the words follow chapter 3 of Nielsen's \
    Neural Networks and Deep Learning), and both lost their formula images: the formulas \
    here are rebuilt from the words around them. Seed 004:
    """)
  lesson.narrative.formula(
    "「L2正则化就是在代价函数后面再加上一个正则化项 … 所有参数w的平方的和,\n 除以训练集的样本大小n。λ就是正则项系数 … 另外还有一个系数1/2 …\n 后面那一项求导会产生一个2,与1/2相乘刚好凑整为1。」"
  )
  lesson.narrative.paragraph(
    """
    Add to the cost the sum of the squares of all the weights, divided by the training-set \
    size n, times λ, with a factor ½ that the 2 from differentiating cancels:
    """)
  lesson.narrative.formula(
    "C = C0 + λ/(2n)·Σ_w w²\nC0 = 1/(2n)·Σ_i (y_i − wᵀx_i − b)²    (the quadratic cost of f(x) = wᵀx + b)"
  )
  lesson.narrative.paragraph(
    "The sum runs over the weights only; the title of seed 004 (w is affected, the bias b is not):"
  )
  lesson.narrative.formula("「对参数w有影响、对偏置b没影响」")
  lesson.narrative.paragraph(
    """
    Data: n = \(CollinearData.samples) samples of 4 features, x1 ~ N(0, 1), x2 = x1 + \
    0.1·N(0, 1) (a near copy), x3 ~ N(1, 1), x4 = 0.3·N(0, 1); y = 3 + x1 + x2 + 2·x3 − x4 \
    + 0.5·ε. λ = \(NumberFormat.plain(lambda)), so λ/n = \(NumberFormat.plain(cost.weightDecay)). The checks start at \
    a random point θ0 = (w, b), every entry drawn from N(0, 1).
    """)
  lesson.narrative.expect(
    "the ½ makes the derivative of λ/(2n)·Σw² exactly (λ/n)·w; central differences of the penalty alone agree up to rounding."
  )
  let penaltyGradient = cost.penaltyGradient(theta0)
  lesson.narrative.result(
    """
    At θ0: C0 = \(NumberFormat.readable(cost.dataCost(theta0))), λ/(2n)·Σw² = \
    \(NumberFormat.readable(cost.penaltyValue(theta0))), C = \
    \(NumberFormat.readable(cost.value(theta0))). (λ/n)·w = \
    (\(NumberFormat.list(cost.weights(penaltyGradient), { NumberFormat.readable($0) }))); central differences of the penalty: \
    (\(NumberFormat.list(cost.weights(derivation.numericPenaltyGradient), { NumberFormat.readable($0) }))) in w and \
    \(NumberFormat.readable(derivation.numericPenaltyGradient[4])) in b; relative error \
    \(NumberFormat.scientific(derivation.penaltyGradientError)).
    """)

  // 2. The gradient.
  lesson.narrative.section(
    "Differentiate: ∂C/∂w gains (λ/n)·w, ∂C/∂b gains nothing",
    uses: ["WeightDecayExperiment+Measures.swift"])
  lesson.narrative.formula(
    "∂C/∂w = ∂C0/∂w + (λ/n)·w        ∂C0/∂w = −Xᵀr/n,   r = y − Xw − b\n∂C/∂b = ∂C0/∂b                  ∂C0/∂b = −Σ_i r_i/n"
  )
  lesson.narrative.paragraph(
    """
    Check against central differences, (C(θ + h·e_j) − C(θ − h·e_j))/(2h) with h = \
    ε^(1/3)·max(1, |θ_j|) ≈ 6e-6. C is quadratic, so the central difference has no \
    truncation error; what is left is rounding, about ε·|C|/h.
    """)
  lesson.narrative.expect(
    "formula and differences agree to about 1e-10; the penalty adds exactly 0 to the b row.")
  let c0Gradient = cost.dataGradient(theta0)
  lesson.narrative.table(
    ["θ", "∂C0/∂θ", "+ penalty", "= ∂C/∂θ", "central difference", "|difference|"],
    CollinearData.parameterNames.indices.map { j in
      [
        CollinearData.parameterNames[j], NumberFormat.fixed(c0Gradient[j], 6),
        NumberFormat.fixed(penaltyGradient[j], 6),
        NumberFormat.fixed(derivation.analyticGradient[j], 6),
        NumberFormat.fixed(derivation.numericGradient[j], 6),
        NumberFormat.scientific(
          abs(derivation.analyticGradient[j] - derivation.numericGradient[j]), 1),
      ]
    })
  lesson.narrative.result(
    """
    ‖∇C − ∇C_fd‖/‖∇C‖ = \(NumberFormat.scientific(derivation.gradientError)). The \
    penalty's part of ∂C/∂b is \(penaltyGradient[4] == 0 ? "exactly 0.0" : "NOT zero").
    """)

  // 3. The step.
  lesson.narrative.section(
    "Step: the factor 1 − ηλ/n on w, the factor 1 on b", uses: ["WeightDecayExperiment.swift"])
  lesson.narrative.paragraph(
    "A gradient step θ ← θ − η·∇C, with the w terms regrouped:")
  lesson.narrative.formula(
    "w ← w − η·(∂C0/∂w + (λ/n)·w) = (1 − ηλ/n)·w − η·∂C0/∂w\nb ← b − η·∂C0/∂b"
  )
  lesson.narrative.formula(
    "「在不使用l2正則化時,求導結果中w前係數為1,現在w前面係數為 1−ηλ/n ,\n 因為η、λ、n都是正的,所以 1−ηλ/n小於1,它的效果是減小w,\n 這也就是權重衰減(weight decay)的由來。」(seed 001)"
  )
  lesson.narrative.paragraph(
    """
    Without L2 the coefficient of w is 1; now it is 1 − ηλ/n, below 1 because η, λ and n \
    are positive, so it shrinks w: hence the name weight decay. (It must also stay above \
    0, ηλ/n < 1, or the "decay" flips the sign of w every step.) C is quadratic, with a \
    constant Hessian whose eigenvalues run from L = \
    \(NumberFormat.readable(derivation.hessianEigenvalues[0])) down to μ = \
    \(NumberFormat.readable(derivation.hessianEigenvalues[4])); the step η = 1/L = \
    \(NumberFormat.readable(derivation.learningRate)) is safe (anything below 2/L \
    converges), and then 1 − ηλ/n = \(NumberFormat.readable(derivation.decayFactor, significant: 6)).
    """)
  lesson.narrative.expect(
    "one step from θ0 lands on the same point both ways, up to the last bits; b is multiplied by exactly 1."
  )
  let oneStep = (derivation.gradientForm[1], derivation.decayForm[1])
  lesson.narrative.table(
    ["θ", "θ0", "factor", "θ1, θ − η·∇C", "θ1, decay then step", "|difference|"],
    CollinearData.parameterNames.indices.map { j in
      [
        CollinearData.parameterNames[j], NumberFormat.fixed(theta0[j], 6),
        j < 4 ? NumberFormat.fixed(derivation.decayFactor, 6) : "1",
        NumberFormat.fixed(oneStep.0[j], 12), NumberFormat.fixed(oneStep.1[j], 12),
        NumberFormat.scientific(abs(oneStep.0[j] - oneStep.1[j]), 1),
      ]
    })
  lesson.narrative.paragraph(
    """
    Now 1000 steps from θ0, three ways: (1) gradient descent on C, g = ∂C0/∂θ + \
    (λ/n)·(w, 0), then θ − η·g; (2) the articles' form, DecayThenStep: (1 − ηλ/n)·w − \
    η·∂C0/∂w, and b with the factor exactly 1; (3) PyTorch: SGD([{params: w, weight_decay: \
    λ/n}, {params: b, weight_decay: 0}], lr = η) stepping on ∂C0/∂θ alone.
    """)
  lesson.narrative.expect(
    """
    (1) and (3) bit-identical: PyTorch computes g + wd·w and then θ − η·g, the same \
    operations in the same order. (1) and (2) differ in the last bits: there the factor \
    1 − ηλ/n is rounded once and multiplies w. The map contracts, so they never drift apart.
    """)
  lesson.narrative.result(
    """
    max over 1000 steps of |θ(1) − θ(2)| = \(NumberFormat.scientific(derivation.formDifference)), \
    bit-identical at \(WeightDecayExperiment.identicalSteps(derivation.gradientForm, derivation.decayForm)) \
    of 1001 points; |θ(1) − θ(3)| = \(NumberFormat.scientific(derivation.pytorchDifference)), \
    bit-identical at \(WeightDecayExperiment.identicalSteps(derivation.gradientForm, derivation.pytorchForm)) \
    of 1001. PyTorch's weight_decay is the articles' λ/n.
    """)

  // 4. Nothing but the decay.
  let decay = claims.decay
  lesson.narrative.section(
    "Nothing but the decay: C0 ≡ 0",
    uses: ["PureDecayExperiment.swift", "WeightDecayFigures.swift"])
  lesson.narrative.paragraph(
    """
    Take the data away (∂C0/∂w = 0) and only the factor is left, so the norm falls \
    geometrically, a straight line on a log axis:
    """)
  lesson.narrative.formula("w_t = (1 − ηλ/n)^t·w0,   ‖w_t‖ = (1 − ηλ/n)^t·‖w0‖")
  lesson.narrative.paragraph(
    """
    PyTorch's SGD with weight_decay = λ/n and a zero data gradient, and the DecayThenStep \
    form, from the w0 of θ0 (‖w0‖ = \(NumberFormat.readable(euclideanNorm(decay.start)))), \
    η = \(NumberFormat.plain(PureDecayExperiment.learningRate)), n = \
    \(CollinearData.samples), 1000 steps, three λ:
    """)
  lesson.narrative.expect(
    "each step multiplies by the same rounded factor, so the relative error grows at most like t·ε/2, about 1e-13 at t = 1000."
  )
  lesson.narrative.table(
    [
      "λ", "ηλ/n", "half-life", "‖w_1000‖", "(1 − ηλ/n)^1000·‖w0‖", "max rel. error",
      "(decay form)",
    ],
    decay.runs.map { run in
      [
        NumberFormat.plain(run.lambda), NumberFormat.plain(1 - run.factor),
        NumberFormat.fixed(log(0.5) / log(run.factor), 1),
        NumberFormat.scientific(run.norms[PureDecayExperiment.steps], 6),
        NumberFormat.scientific(run.theory[PureDecayExperiment.steps], 6),
        NumberFormat.scientific(run.sgdError, 1), NumberFormat.scientific(run.decayError, 1),
      ]
    })
  lesson.narrative.result(
    """
    The largest relative error over every step and λ is \
    \(NumberFormat.scientific(decay.largestError)). Small as ηλ/n is, it compounds: the \
    weights halve every ln 2/ln(1/(1 − ηλ/n)) ≈ 0.69/(ηλ/n) steps (the half-life column).
    """)
  lesson.narrative.paragraph(
    "On a log axis a constant factor per step is a straight line: in the figure each λ's "
      + "measured norm lies on its theory line (1 − ηλ/n)^t·‖w(0)‖, steeper for larger λ.")
  lesson.show(WeightDecayFigures.weightNormDecay(decay), as: "weight-norm-decay")

  // 5. Where the decay stops.
  lesson.narrative.section(
    "Where the decay stops: the ridge solution", uses: ["WeightDecayExperiment+Measures.swift"])
  lesson.narrative.formula(
    "「當然考慮到後面的導數項,w最終的值可能增大也可能減小。」(seed 001)")
  lesson.narrative.paragraph(
    """
    With data, the decay pulls w toward 0 and −η·∂C0/∂w pulls it toward the data; w may \
    end up larger or smaller. Gradient descent stops where ∇C = 0:
    """)
  lesson.narrative.formula(
    "∂C/∂b = 0  ⇒  b = ȳ − x̄ᵀw\n∂C/∂w = 0  ⇒  (X_cᵀX_c + λI)·w = X_cᵀy_c        (X_c, y_c: centered)"
  )
  lesson.narrative.paragraph(
    """
    That is ridge regression: minimizing 1/(2n)·(‖y − Xw − b‖² + λ‖w‖²), which is \
    scikit-learn's Ridge objective ‖y − Xw − b‖² + alpha·‖w‖² divided by 2n, so alpha = \
    λ. RidgeRegression(alpha: λ) solves it in closed form (Cholesky).
    """)
  lesson.narrative.expect(
    """
    with η = 1/L each step shrinks the distance to θ* by at least 1 − μ/L = \
    \(NumberFormat.readable(1 - derivation.hessianEigenvalues[4] * derivation.learningRate)); \
    after 1000 steps ‖θ0 − θ*‖·(1 − μ/L)^1000 = \
    \(NumberFormat.scientific(derivation.predictedDistance)), so only rounding should remain.
    """)
  let end = derivation.gradientForm[WeightDecayExperiment.steps]
  lesson.narrative.table(
    ["θ", "gradient descent, t = 1000", "closed form (Ridge, alpha = λ)", "|difference|"],
    CollinearData.parameterNames.indices.map { j in
      [
        CollinearData.parameterNames[j], NumberFormat.fixed(end[j], 12),
        NumberFormat.fixed(derivation.ridgeSolution[j], 12),
        NumberFormat.scientific(abs(end[j] - derivation.ridgeSolution[j]), 1),
      ]
    })

  // 6. Which directions decay.
  let shrinkage = claims.shrinkage
  lesson.narrative.section(
    "Which directions are shrunk: the eigenbasis of XᵀX",
    uses: ["ShrinkageExperiment.swift", "CollinearData.swift", "WeightDecayFigures.swift"])
  lesson.narrative.paragraph(
    """
    Center X and y (the unpenalized bias takes the means, b = ȳ − x̄ᵀw, and drops out), \
    diagonalize X_cᵀX_c = V·diag(d)·Vᵀ (SymmetricEigen, Jacobi's method), and write w in \
    the eigenbasis, z = Vᵀw:
    """)
  lesson.narrative.formula(
    "w(λ) = (X_cᵀX_c + λI)⁻¹X_cᵀy_c = V·diag(1/(d_j + λ))·VᵀX_cᵀy_c\nz_j(λ) = v_jᵀw(λ) = d_j/(d_j + λ)·z_j(0),    z_j(0) = v_jᵀX_cᵀy_c/d_j  (least squares)"
  )
  lesson.narrative.paragraph(
    """
    d_j/n is the variance of the data along v_j. Where d_j ≫ λ the factor is near 1, where \
    d_j ≪ λ near 0, and at d_j = λ it is ½. The directions of this data set:
    """)
  lesson.narrative.table(
    ["direction", "d_j", "d_j/n", "v_j on (x1, x2, x3, x4)"],
    shrinkage.eigenvalues.indices.map { j in
      [
        "v\(j + 1)", NumberFormat.readable(shrinkage.eigenvalues[j]),
        NumberFormat.readable(shrinkage.eigenvalues[j] / Double(CollinearData.samples)),
        "(" + shrinkage.eigen.vector(j).map { NumberFormat.fixed($0, 3) }.joined(separator: ", ")
          + ")",
      ]
    })
  lesson.narrative.expect(
    """
    at λ = \(NumberFormat.plain(lambda)) the two large directions are kept (factors near 1) and \
    the smallest, x1 − x2 (the difference of the near copies), is shrunk almost to 0. w(λ) comes \
    from Cholesky (RidgeRegression), not from V, so the two sides are computed independently.
    """)
  let z = shrinkage.coordinates(of: shrinkage.atLambda)
  let measured = shrinkage.measuredFactors(of: shrinkage.atLambda)
  let theory = shrinkage.factors(at: lambda)
  lesson.narrative.table(
    [
      "direction", "true v_jᵀw", "noise σ/√d_j", "z_j(0)", "z_j(λ)", "z_j(λ)/z_j(0)",
      "d_j/(d_j + λ)",
    ],
    shrinkage.eigenvalues.indices.map { j in
      [
        "v\(j + 1)",
        NumberFormat.fixed(dot(shrinkage.eigen.vector(j), CollinearData.trueWeights), 4),
        NumberFormat.fixed(CollinearData.noise / shrinkage.eigenvalues[j].squareRoot(), 4),
        NumberFormat.fixed(shrinkage.leastSquares[j], 4), NumberFormat.fixed(z[j], 4),
        NumberFormat.fixed(measured[j], 10), NumberFormat.fixed(theory[j], 10),
      ]
    })
  let last = shrinkage.eigenvalues.count - 1
  lesson.narrative.result(
    """
    The factors agree to \(NumberFormat.scientific(shrinkage.largestError)) (relative to \
    ‖z(0)‖) at this λ and at \(ShrinkageExperiment.lambdas.count) more from 10⁻² to 10⁴. \
    Ridge shrinks hardest the direction the data pin down least: along v\(last + 1) the \
    least-squares coordinate carries noise σ/√d = \
    \(NumberFormat.readable(CollinearData.noise / shrinkage.eigenvalues[last].squareRoot())) \
    around a true value of \
    \(NumberFormat.readable(dot(shrinkage.eigen.vector(last), CollinearData.trueWeights))). \
    In the ridge-shrinkage figure this is where w1 and w2 merge, near λ = d\(last + 1). \
    The factor knows nothing of signal, though: a direction with a real effect but little \
    variance is cut as well (here v3, the x4 direction, d3 = \
    \(NumberFormat.readable(shrinkage.eigenvalues[last - 1], significant: 3)): \
    \(NumberFormat.fixed(measured[last - 1], 2)) of its least-squares value).
    """)
  lesson.narrative.paragraph(
    "The ridge-shrinkage figure follows each coefficient as λ grows (the λ used above is "
      + "marked): every one heads for 0, and the collinear pair w1, w2 merges first.")
  lesson.show(WeightDecayFigures.ridgeShrinkage(shrinkage), as: "ridge-shrinkage")
  lesson.narrative.paragraph(
    "The shrinkage-factors figure draws d_j/(d_j + λ) for each direction with the measured "
      + "factors on it as markers: one S-curve per direction, crossing ½ at λ = d_j.")
  lesson.show(WeightDecayFigures.shrinkageFactors(shrinkage), as: "shrinkage-factors")

  // 7. One penalty, six conventions for λ.
  let conventions = try LambdaConventions(derivation)
  lesson.narrative.section(
    "One penalty, six ways to write its λ", uses: ["LambdaConventions.swift"])
  lesson.narrative.formula(
    """
    scikit-learn Ridge       ‖y − Xw − b‖² + alpha·‖w‖²                 alpha = λ
    seeds 001/004            1/(2n)‖y − Xw − b‖² + λ/(2n)·Σw²            λ
    seed 000 §2.2            1/(2n)Σ_i(wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² + (λ0/2)·Σw²       λ0 = λ/n
    PyTorch, loss C0         C0, SGD(weight_decay = wd): C0 + (wd/2)‖w‖²  wd = λ/n
    seed 003, nn.MSELoss     (1/n)‖y − Xw − b‖² + (wd/2)‖w‖²             wd = 2λ/n
    seed 002                 L + λ2·Σw²,  w ← (1 − 2ηλ2)·w − η∇L          λ2 = λ/(2n)
    """)
  lesson.narrative.paragraph(
    """
    Seed 000 writes no intercept; here every row fits an unpenalized b, as scikit-learn's \
    Ridge does by default.
    """)
  lesson.narrative.expect(
    "with λ = \(NumberFormat.plain(lambda)) and n = \(CollinearData.samples), every row lands on the same (w, b), each by its own solver."
  )
  let rows: [(String, String, Double, String, [Double])] = [
    ("scikit-learn Ridge", "alpha", lambda, "closed form (Cholesky)", conventions.reference),
    ("seeds 001/004", "λ", lambda, "gradient descent, η", conventions.articles),
    ("seed 000 §2.2", "λ0", conventions.seed000Lambda, "coordinate descent", conventions.seed000),
    (
      "PyTorch, loss C0", "weight_decay", cost.weightDecay, "SGD, lr = η",
      conventions.pytorchHalfMSE
    ),
    (
      "seed 003, nn.MSELoss", "weight_decay", conventions.mseWeightDecay, "SGD, lr = η/2",
      conventions.pytorchMSE
    ),
    (
      "seed 002, L + λ2·Σw²", "λ2", conventions.seed002Lambda, "decay 1 − 2ηλ2, then step",
      conventions.seed002
    ),
  ]
  lesson.narrative.table(
    ["convention", "parameter", "value", "solved by", "max |θ − θ_Ridge|"],
    rows.map { row in
      [
        row.0, row.1, NumberFormat.plain(row.2), row.3,
        NumberFormat.scientific(maxAbsDifference(row.4, conventions.reference), 1),
      ]
    })
  lesson.narrative.result(
    """
    All within \(NumberFormat.scientific(conventions.largestDistance)) of the closed form. The \
    nn.MSELoss row steps at η/2 because its loss is twice C0; each of its steps multiplies w \
    by 1 − (η/2)·(2λ/n) = 1 − ηλ/n, the same decay.
    """)

  // 8. Where the sources are loose.
  lesson.narrative.section("Where the sources are loose")
  lesson.narrative.formula(
    "「计算相对于权重 [图] 的梯度时,L2 惩罚项的导数就是 [图]。… 这可以改写为: [图]\n … 指定 weight_decay 参数 … 这个参数对应于 L2 惩罚公式中的 [图] 超参数。」(seed 003)"
  )
  lesson.narrative.paragraph(
    """
    Seed 003 lost its images too ([图]). Its words, the penalty's derivative is λw, the SGD \
    update rewritten as w ← w(1 − ηλ) − η∇L, weight_decay "corresponds to the λ of the L2 \
    penalty", hold only if its penalty is (λ/2)·‖w‖², with no 1/n; written as λ·Σw² the \
    factor would be 1 − 2ηλ. Its loss is nn.MSELoss, so the articles' λ needs \
    weight_decay = 2λ/n (\(NumberFormat.plain(conventions.mseWeightDecay)) here). And its example hands \
    weight_decay to Adam, which rescales the term with the gradient: no longer a decay by \
    1 − ηλ (lesson 9).
    """)
  lesson.narrative.formula("「这个过程等价于在损失函数中添加L2惩罚项。」(seed 000 §2.2)")
  lesson.narrative.paragraph(
    """
    "This process is equivalent to adding the L2 penalty to the loss": true for plain SGD, \
    bit for bit, as measured in section 3. Seed 000 §2.2 writes the penalty as λ/2·Σw² (no \
    1/n) and demonstrates it with Ridge(alpha=\(NumberFormat.plain(LambdaConventions.snippetAlpha))). \
    scikit-learn's alpha is n·λ0, so alpha = 0.1 is λ0 = 0.1/n (0.001 for the article's \
    n = 100), not 0.1: on this data Ridge(alpha=0.1) lands \
    \(NumberFormat.readable(maxAbsDifference(conventions.snippetRidge, conventions.seed000))) \
    (max |Δθ|) away from the λ0 = 0.1 solution.
    """)
  lesson.narrative.formula("「系数λ就是权重衰减系数。」(seed 004)")
  lesson.narrative.paragraph(
    """
    "λ is the weight-decay coefficient": the number a framework calls weight_decay is λ/n \
    (\(NumberFormat.plain(cost.weightDecay)) here), and the shrink per step is ηλ/n.
    """)
  lesson.narrative.formula(
    "「l2正則化是指權值向量w中各個元素的平方和然後再求平方根 … 通常表示為∣∣w∣∣2」(seed 001)")
  lesson.narrative.paragraph(
    """
    Seed 001 defines the L2 regularizer as ‖w‖₂, with the square root, then adds the sum of \
    squares itself. Only the square has the gradient (λ/n)·w that makes a constant factor; \
    λ·‖w‖₂ has gradient λ·w/‖w‖, a pull of constant length (lesson 10).
    """)

  for claim in claims.all { lesson.claim(claim) }
}
