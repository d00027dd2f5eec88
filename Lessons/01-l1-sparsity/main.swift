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
    the seed. Sparsity is only interesting when some features matter, so the rest of the \
    lesson uses data where \(SparsityExperiment.informative) of \(SparsityExperiment.features) do.
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
    "w_j ← S(x_jᵀr/n, α) / (‖x_j‖²/n),   S(z, α) = sign(z)·max(|z| − α, 0)\nw = 0 is optimal  ⇔  |x_jᵀ(y − ȳ)|/n ≤ α for every j  ⇔  α ≥ α_max"
  )
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
    so at the default tol = 10⁻⁴ the solver (scikit-learn's included) returns zeros after \
    0 sweeps.
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
    it until α is small.
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

  // 4. The claims, measured.
  lesson.narrative.section("Checking the claims", uses: ["SparsityClaims.swift"])
  lesson.narrative.paragraph(
    """
    KKT conditions: with c_j = x_jᵀr/n, a Lasso solution has |c_j| ≤ α where w_j = 0 and \
    c_j = α·sign(w_j) where w_j ≠ 0. A solver stopped at duality gap G cannot miss them by \
    more than √(2·a_j·G) (or 2G/|w_j|), a_j = ‖x_j‖²/n: any larger miss would let a single \
    coordinate step lower the objective by more than G.
    """)
  for claim in SparsityClaims(experiment: experiment).all { lesson.claim(claim) }

}
