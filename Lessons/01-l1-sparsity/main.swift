// Lesson 1 — L1 makes weights exactly zero.
//
// Claim: the Lasso penalty α‖w‖₁ sets weights to exactly 0.0 — all of them once α reaches
// α_max, and one by one as α falls below it — while Ridge's (α/2)‖w‖² shrinks every
// weight but never zeroes one. Read top to bottom; the numerics live in the library
// (`Regularization`), the experiments in ArticleSnippet.swift and SparsityExperiment.swift.
import Figures
import LessonKit
import Regularization

LessonRunner.main(Catalogue.info(1), story: story)

func story(_ lesson: inout Lesson) throws {
  // 1. The article's own snippet.
  lesson.narrative.section(
    "The article's snippet: Lasso(alpha=0.1) on random numbers", uses: ["ArticleSnippet.swift"])
  lesson.narrative.paragraph(
    """
    Seed 000 §2.1 minimizes 1/(2n)·Σ(wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² + λ·Σ|w_j|, which is exactly \
    scikit-learn's Lasso objective with α = λ, and demonstrates it with:
    """)
  lesson.narrative.formula(
    "X = np.random.rand(100, 10); y = np.random.rand(100)\nlasso = Lasso(alpha=0.1); lasso.fit(X, y); print(lasso.coef_)"
  )
  lesson.narrative.expect(
    "every coefficient exactly 0.0: y is drawn independently of X, so no feature is worth its penalty."
  )
  let snippet = try ArticleSnippet(seed: lesson.seed)
  lesson.narrative.table(
    ["feature"] + (1...ArticleSnippet.features).map { "x\($0)" },
    [["coef_"] + snippet.fit.coefficients.map { CSVTable.number($0) }])
  lesson.narrative.result(
    """
    \(snippet.fit.zeroCount) of \(ArticleSnippet.features) coefficients are exactly 0.0; \
    the intercept is mean(y) = \(NumberFormat.readable(snippet.fit.intercept)). The \
    largest correlation max_j |x_jᵀ(y − ȳ)|/n is α_max = \
    \(NumberFormat.readable(snippet.alphaMax)), far below α = 0.1.
    """)
  lesson.narrative.paragraph(
    """
    The article says the Lasso "outputs non-zero weights" here, reflecting sparsity. On \
    this data it outputs none: with α above α_max the answer is the empty model, whatever \
    the seed. Its §2.2 runs Ridge(alpha=0.1) on the same kind of random data; on exactly \
    this data it gives:
    """)
  lesson.narrative.table(
    ["feature"] + (1...ArticleSnippet.features).map { "x\($0)" },
    [
      ["Lasso coef_"] + snippet.fit.coefficients.map { CSVTable.number($0) },
      ["Ridge coef_"] + snippet.ridge.coefficients.map { NumberFormat.fixed($0, 3) },
    ])
  lesson.narrative.result(
    """
    Ridge: \(ArticleSnippet.features - zeroCount(snippet.ridge.coefficients)) of \
    \(ArticleSnippet.features) coefficients non-zero (smallest \
    |w_j| = \(NumberFormat.scientific(smallestMagnitude(snippet.ridge.coefficients)))): on \
    the same data one penalty removes every feature, the other keeps every one, small.
    """)
  lesson.narrative.formula("「在数学上,L1正则化使得目标函数成为凸函数」(seed 000 §2.1)")
  lesson.narrative.paragraph(
    """
    "Mathematically, L1 regularization makes the objective convex": the squared loss is \
    convex already, and adding |w_j| (convex too) keeps it so. What L1 changes is that the \
    sum is no longer strictly convex or differentiable at w_j = 0, and that kink is what \
    holds weights at exactly 0. Sparsity is only interesting when some features matter, so \
    the rest of the lesson uses data where \(SparsityExperiment.informative) of \
    \(SparsityExperiment.features) do.
    """)

  // 2. Why α_max is a sharp threshold.
  lesson.narrative.section(
    "α_max: the smallest α that zeroes every weight", uses: ["SparsityExperiment.swift"])
  lesson.narrative.paragraph(
    """
    At w = 0 the residual is r = y − ȳ. Coordinate descent updates w_j by soft-thresholding \
    its correlation with r, and soft-thresholding returns exactly 0 inside [−α, α]:
    """)
  lesson.narrative.formula(
    "w_j ← S(x_jᵀr/n + a_j·w_j, α) / a_j,   a_j = ‖x_j‖²/n,   S(z, α) = sign(z)·max(|z| − α, 0)\n"
      + "at w = 0:  w_j ← S(x_jᵀ(y − ȳ)/n, α) / a_j\n"
      + "w = 0 is optimal  ⇔  |x_jᵀ(y − ȳ)|/n ≤ α for every j  ⇔  α ≥ α_max")
  lesson.narrative.paragraph(
    """
    The first line is the update in general, with r = y − ȳ − Xw the current residual; \
    the second is the same update at w = 0, where r = y − ȳ.
    """)
  let experiment = try SparsityExperiment(seed: lesson.seed)
  let leading = featureName(experiment.leadingFeature)
  lesson.narrative.expect(
    "at α_max all \(SparsityExperiment.features) weights are 0.0; a hair below it, only the feature attaining the max moves."
  )
  let belowSupport = nonZeroIndices(experiment.justBelow.coefficients)
  lesson.narrative.result(
    """
    On the informative data α_max = \(NumberFormat.readable(experiment.alphaMax)), \
    attained by \(leading). At α = α_max: \(experiment.atAlphaMax.zeroCount) of \(SparsityExperiment.features) are \
    0.0. At α = (1 − 10⁻⁶)·α_max: non-zero = {\(belowSupport.map(featureName).joined(separator: ", "))}.
    """)
  lesson.narrative.paragraph(
    """
    That second fit needs tol = 10⁻¹³. scikit-learn's tolerance is relative to ‖y − ȳ‖², \
    and one step below α_max the all-zero vector is already within ½·(10⁻⁶)² of optimal, \
    so at the default tol = 10⁻⁴ the solver returns zeros after 0 sweeps (so does \
    scikit-learn 1.9, which checks the gap before its first sweep).
    """)

  // 3. The two paths.
  lesson.narrative.section(
    "The Lasso and Ridge paths on one grid",
    uses: ["SparsityExperiment.swift", "SparsityFigures.swift"])
  let truth = experiment.truth
  lesson.narrative.paragraph(
    """
    Data: makeRegression, n = \(SparsityExperiment.samples) samples, p = \(SparsityExperiment.features) standard-normal features, \(SparsityExperiment.informative) informative \
    (true weights 100·U(0, 1)), noise σ = \(NumberFormat.plain(SparsityExperiment.noise)). Grid: scikit-learn's, 100 values of α \
    log-spaced from α_max down to 10⁻³·α_max, each fit warm-started from the previous one.
    """)
  lesson.narrative.table(
    ["informative feature", "true w"],
    truth.informativeFeatures.sorted().map {
      [featureName($0), NumberFormat.fixed(truth.coefficients[$0], 3)]
    })
  lesson.narrative.formula(
    "Lasso:  1/(2n)·‖y − Xw‖² + α·‖w‖₁\nRidge:  1/(2n)·‖y − Xw‖² + (α/2)·‖w‖²   (scikit-learn's Ridge with alpha = n·α)"
  )
  let tightEnd =
    SparsityExperiment.features - experiment.lasso.fits[experiment.alphas.count - 1].zeroCount
  let looseEnd =
    SparsityExperiment.features
    - experiment.defaultTolerancePath.fits[experiment.alphas.count - 1].zeroCount
  lesson.narrative.paragraph(
    """
    The paths are solved to tol = 10⁻¹⁰, not scikit-learn's default 10⁻⁴. Here ‖y − ȳ‖²/n \
    = \(NumberFormat.readable(experiment.targetVariance, significant: 3)) is almost all signal, while the noise is worth only σ²/2 = 0.5 of objective, so a gap \
    of 10⁻⁴ of it lets the solver stop before the noise features enter: at the smallest α \
    the default tolerance leaves \(looseEnd) non-zero weights, the tight one \(tightEnd).
    """)
  lesson.narrative.expect(
    "Lasso non-zeros climb from 0 to about the \(SparsityExperiment.informative) informative, then noise features creep in; Ridge keeps all \(SparsityExperiment.features) non-zero everywhere."
  )
  let shownRows = stride(from: 0, to: experiment.alphas.count, by: 11).map { $0 }
  lesson.narrative.table(
    ["α", "α/α_max", "Lasso non-zeros", "Ridge non-zeros", "smallest Ridge |w_j|"],
    shownRows.map { k in
      [
        NumberFormat.readable(experiment.alphas[k]),
        NumberFormat.scientific(experiment.alphas[k] / experiment.alphaMax, 1),
        "\(SparsityExperiment.features - experiment.lasso.fits[k].zeroCount)",
        "\(SparsityExperiment.features - experiment.ridgeZeroCounts[k])",
        NumberFormat.scientific(smallestMagnitude(experiment.ridge[k].coefficients)),
      ]
    })

  lesson.narrative.paragraph(
    """
    In the Lasso path, read from the right: at α_max every line sits on 0; as α falls the \
    informative features leave 0 one at a time, and the uninformative ones stay exactly on \
    it until α is small. The marked α is the universal threshold of section 4.
    """)
  lesson.show(SparsityFigures.lassoPath(experiment), as: "lasso-path")
  lesson.narrative.paragraph(
    """
    The Ridge path on the same grid: every weight shrinks as α grows, but none touches 0, \
    not even at α_max.
    """)
  lesson.show(SparsityFigures.ridgePath(experiment), as: "ridge-path")
  lesson.narrative.paragraph(
    """
    Counting the non-zero weights at each α makes the contrast one picture: the Lasso's \
    count climbs in steps from 0, Ridge's is \(SparsityExperiment.features) everywhere.
    """)
  lesson.show(SparsityFigures.nonZeros(experiment), as: "nonzeros-vs-alpha")

  // 4. Which α? A rule that does not look at the answer.
  lesson.narrative.section(
    "Choosing α without looking at the truth", uses: ["SparsityExperiment.swift"])
  lesson.narrative.paragraph(
    """
    "The Lasso finds the true features" needs an α, and picking it from the grid points \
    where the support happens to be right would be circular. The universal threshold \
    (Donoho and Johnstone) needs only the noise level σ (known here; estimated in \
    practice): with unit-variance features, the correlation |x_jᵀε|/n of pure noise with \
    any of p features stays below it with high probability.
    """)
  lesson.narrative.formula(
    "α_u = σ·√(2·ln p / n) = \(NumberFormat.plain(SparsityExperiment.noise))·√(2·ln \(SparsityExperiment.features) / \(SparsityExperiment.samples)) = \(NumberFormat.readable(experiment.universalAlpha))"
  )
  lesson.narrative.expect(
    """
    at α_u the Lasso keeps every feature whose weight stands clearly above the noise \
    (|w| ≥ 5σ/√n = \(NumberFormat.readable(experiment.detectionFloor))), shrunk by about \
    α_u, and few if any of the others.
    """)
  let kept = experiment.universalSupport
  lesson.narrative.table(
    ["feature", "true w", "Lasso w at α_u"],
    kept.union(experiment.trueSupport).sorted().map { j in
      [
        featureName(j), NumberFormat.fixed(experiment.truth.coefficients[j], 3),
        NumberFormat.fixed(experiment.universalFit.coefficients[j], 3),
      ]
    })
  lesson.narrative.result(
    """
    \(kept.intersection(experiment.trueSupport).count) of \(experiment.trueSupport.count) \
    informative features kept, \(kept.subtracting(experiment.trueSupport).count) of \
    \(SparsityExperiment.features - experiment.trueSupport.count) uninformative ones.
    """)

  // 5. The claims, measured.
  lesson.narrative.section("Checking the claims", uses: ["SparsityClaims.swift"])
  lesson.narrative.paragraph(
    """
    KKT conditions: with c_j = x_jᵀr/n, a Lasso solution has |c_j| ≤ α where w_j = 0 and \
    c_j = α·sign(w_j) where w_j ≠ 0. The solver stops when its duality gap G is at most \
    tol·‖y − ȳ‖²/n (scikit-learn's rule), and a solution with gap G cannot miss a \
    condition by more than max(√(2·a_j·G), 2G/|w_j|), a_j = ‖x_j‖²/n: any larger miss \
    would let a single coordinate step lower the objective by more than G. Claim (b) \
    checks both, so a path stopped early fails it.
    """)
  for claim in SparsityClaims(experiment: experiment).all { lesson.claim(claim) }

}
