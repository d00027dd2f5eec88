// Lesson 7 — Lasso vs Ridge, each tuned by 5-fold cross-validation.
//
// Claim: scikit-learn's LassoCV and RidgeCV choose their α by different criteria on
// different scales; with almost no noise Ridge predicts better, because the Lasso shrinks
// every kept weight by about α̂ and its grid stops at 10⁻³·α_max. The cross-validation
// itself is the library's (ElasticNetCV, RidgeCV), checked against scikit-learn.
import Figures
import LessonKit
import Regularization

LessonRunner.main(Catalogue.info(7), story: story)

func story(_ lesson: inout Lesson) throws {
  // 1. The article's snippet.
  lesson.narrative.section("The article's snippet", uses: ["CrossValidationExperiment.swift"])
  lesson.narrative.paragraph("Seed 000 §2.3 compares L1 and L2 with cross-validation:")
  lesson.narrative.formula(
    """
    X, y = make_regression(n_samples=100, n_features=20, noise=0.1)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)
    lasso_cv = LassoCV(cv=5).fit(X_train, y_train)
    ridge_cv = RidgeCV(cv=5).fit(X_train, y_train)
    print(f"最优的L1正则化参数(alpha): {lasso_cv.alpha_}")
    print(f"最优的L2正则化参数(alpha): {ridge_cv.alpha_}")
    print(f"L1正则化模型的测试误差: {mean_squared_error(y_test, y_pred_lasso)}")
    print(f"L2正则化模型的测试误差: {mean_squared_error(y_test, y_pred_ridge)}")
    """)
  lesson.narrative.paragraph(
    """
    scikit-learn's defaults fill in what the snippet leaves out: make_regression draws \
    X ~ N(0, 1), makes 10 of the 20 features informative with w = 100·U(0, 1), adds no \
    bias and noise of standard deviation 0.1. train_test_split(test_size=0.2) draws a \
    permutation π of the 100 rows and holds out its first ⌈0.2·100⌉ = 20 as the test set; \
    the training rows are π[20…99], in that order, and that order is what the folds cut. \
    The generator here is xoshiro256**, not NumPy's, so the numbers differ from a Python \
    run; data.csv holds this run's rows (training rows first, in fold order) so that the \
    snippet's LassoCV(cv=5) on them gives this lesson's fold errors (to 10⁻⁹) and α (up to \
    an exact tie, see below), and RidgeCV the same α.
    """)
  let experiment = try CrossValidationExperiment(seed: lesson.seed)
  lesson.attach(file: "data.csv", contents: experiment.dataCSV)

  // 2. LassoCV.
  lesson.narrative.section("LassoCV(cv=5): the mean fold MSE over a grid of 100 α")
  lesson.narrative.formula(
    """
    Lasso:  1/(2n)·‖y − Xw − b‖² + α·‖w‖₁                 (n = 80 training rows)
    grid:   α_max = max_j |x_jᵀ(y − ȳ)|/n, 100 values down to 10⁻³·α_max, from all 80 rows
    folds:  KFold(5), no shuffling: rows 0–15, 16–31, …, 64–79 held out in turn
    α̂ = argmin over the grid of the mean over folds of the held-out MSE
    """)
  lesson.narrative.expect(
    "the error falls as α falls, since almost nothing in y is noise; α̂ near the grid's end.")
  let lasso = experiment.lasso
  let shown = [0, 20, 40, 60, 80, 90, 95, 99].filter { $0 < lasso.alphas.count }
  lesson.narrative.table(
    ["k", "α", "mean MSE", "sd over folds"],
    (shown + [lasso.bestIndex]).sorted().map { k in
      [
        "\(k)" + (k == lasso.bestIndex ? " ← α̂" : ""), NumberFormat.readable(lasso.alphas[k]),
        NumberFormat.readable(lasso.meanErrors[k]),
        NumberFormat.readable(lasso.errorDeviations[k]),
      ]
    })
  let stalled = lasso.foldFits.flatMap { $0.suffix(10) }.count(where: { $0.sweeps == 0 })
  let tied = lasso.meanErrors.indices.filter {
    lasso.meanErrors[$0] == lasso.meanErrors[lasso.bestIndex]
  }
  lesson.narrative.result(
    """
    α̂ = \(NumberFormat.readable(experiment.lassoAlpha)), grid value \(lasso.bestIndex) of \
    0…99 (α_max = \(NumberFormat.readable(lasso.alphas[0]))). Below it the curve is flat, \
    not falling: scikit-learn's tol = 10⁻⁴ is relative to ‖y − ȳ‖², which here is almost \
    all signal, so at the smallest α a warm start already passes the gap test; \(stalled) \
    of the 50 fold fits at the last 10 α stop after 0 sweeps. Grid values \
    \(tied.first ?? 0)…\(tied.last ?? 0) (\(tied.count) of them) share their fold fits and \
    tie exactly; argmin takes the first. scikit-learn computes the fold errors with one \
    BLAS product over all 100 α, whose rounding differs by column (10⁻¹⁵), so on data.csv \
    it may return another of the tied α, and so another refit and test MSE.
    """)

  // 3. RidgeCV.
  lesson.narrative.section("RidgeCV(cv=5): the mean fold R² over α ∈ {0.1, 1, 10}")
  lesson.narrative.formula(
    """
    Ridge:  ‖y − Xw − b‖² + α·‖w‖²                         (no 1/n, no ½)
    with cv=5, RidgeCV is GridSearchCV(Ridge(), cv=5, scoring=None), and scoring=None
    means Ridge.score, the R² = 1 − Σ(y − ŷ)²/Σ(y − ȳ)² of each held-out fold
    α̂ = argmax over {0.1, 1, 10} of the mean over folds of R²
    """)
  let ridge = experiment.ridge
  lesson.narrative.table(
    ["α", "mean R²", "sd R²", "mean MSE", "sd MSE"],
    ridge.alphas.indices.map { a in
      [
        NumberFormat.readable(ridge.alphas[a]) + (a == ridge.bestIndex ? " ← α̂" : ""),
        NumberFormat.fixed(ridge.meanScores[a], 7),
        NumberFormat.scientific(ridge.scoreDeviations[a]),
        NumberFormat.readable(ridge.meanErrors[a]), NumberFormat.readable(ridge.errorDeviations[a]),
      ]
    })
  lesson.narrative.result(
    """
    α̂ = \(NumberFormat.readable(experiment.ridgeAlpha)) by mean R²; minimizing the mean MSE \
    would have chosen α = \(NumberFormat.readable(ridge.alphas[ridge.bestIndexByError])). \
    The two criteria need not agree (R² divides each fold's error by that fold's own \
    variance of y), but with three candidates this far apart they rarely differ.
    """)

  // 4. As the snippet prints it.
  lesson.narrative.section("The snippet's output")
  lesson.narrative.formula(
    """
    最优的L1正则化参数(alpha): \(CSVTable.number(experiment.lassoAlpha))
    最优的L2正则化参数(alpha): \(CSVTable.number(experiment.ridgeAlpha))
    L1正则化模型的测试误差: \(CSVTable.number(experiment.lassoTestMSE))
    L2正则化模型的测试误差: \(CSVTable.number(experiment.ridgeTestMSE))
    """)
  let n = Double(experiment.trainingRows)
  lesson.narrative.paragraph(
    """
    The two "best alpha" are not on one scale. Multiply the Lasso objective by 2n and it \
    reads ‖y − Xw − b‖² + 2nα·‖w‖₁; divide Ridge's by 2n and it reads 1/(2n)·‖y − Xw − b‖² \
    + (α/2n)·‖w‖². So with n = \(experiment.trainingRows):
    """)
  lesson.narrative.formula(
    """
    Lasso α̂ = \(NumberFormat.readable(experiment.lassoAlpha)) is \(NumberFormat.readable(2 * n * experiment.lassoAlpha)) in Ridge's scaling (2n·α̂)
    Ridge α̂ = \(NumberFormat.readable(experiment.ridgeAlpha)) is \(NumberFormat.scientific(experiment.ridgeAlpha / (2 * n))) in the Lasso's scaling (α̂/2n)
              (and ElasticNet(l1_ratio=0, alpha=\(NumberFormat.scientific(experiment.ridgeAlpha / n))), whose L2 term carries ½)
    """)
  lesson.narrative.paragraph(
    """
    What to look for in the figure: both CV curves on the Lasso's scale. RidgeCV's three \
    points sit to the left of the whole Lasso grid, at penalties the Lasso is never \
    offered; the Lasso's curve flattens before its grid ends.
    """)
  lesson.show(CrossValidationFigures.curves(experiment), as: "cv-curves")

  // 5. Why Ridge wins.
  lesson.narrative.section("Who predicts better, and why", uses: ["SeedSweep.swift"])
  lesson.narrative.paragraph(
    """
    For nearly orthonormal columns the Lasso soft-thresholds: each kept weight moves \
    ≈ α̂ toward 0 whatever its size. Ridge scales: w_j·n/(n + α) moves by ≈ w_j·α/n, \
    here about \(NumberFormat.scientific(experiment.ridgeAlpha / n)) of each weight. With \
    noise 0.1 the best penalty is almost none, and the Lasso is not offered one.
    """)
  let informative = experiment.truth.informativeFeatures
  let truth = experiment.truth.coefficients
  lesson.narrative.table(
    ["feature", "true w", "Lasso − true", "Ridge − true"],
    informative.map { j in
      [
        featureName(j), NumberFormat.fixed(truth[j], 2),
        NumberFormat.fixed(experiment.lassoCoefficients[j] - truth[j], 4),
        NumberFormat.fixed(experiment.ridgeCoefficients[j] - truth[j], 4),
      ]
    })
  lesson.narrative.paragraph(
    """
    What to look for in the figure: the Lasso's bars reach about ∓α̂ (toward zero) on \
    every informative feature; Ridge's stay much shorter.
    """)
  lesson.show(CrossValidationFigures.coefficients(experiment), as: "coefficients")
  let kept = experiment.lassoSupport
  let uninformative = kept.filter { experiment.truth.coefficients[$0] == 0 }.count
  lesson.narrative.paragraph(
    """
    The article recommends L1 "当模型需要进行特征选择时". It does select here: the Lasso \
    keeps \(kept.count) features, \(uninformative) of them uninformative. Selecting is not \
    predicting, though: its test MSE is \(NumberFormat.readable(experiment.lassoTestMSE)) \
    against Ridge's \(NumberFormat.readable(experiment.ridgeTestMSE)).
    """)
  lesson.narrative.expect("Ridge has the smaller test MSE on most of 20 seeds.")
  let sweep = try SeedSweep(first: lesson.seed)
  lesson.narrative.result(
    """
    Ridge wins on \(sweep.ridgeWins) of \(sweep.outcomes.count) seeds (\(lesson.seed)…\
    \(lesson.seed + UInt64(sweep.outcomes.count) - 1); each with scikit-learn's own \
    coordinate descent, iterate for iterate). Extending the Lasso's grid \
    to 10⁻⁶·α_max and solving tightly turns this around (the tests check it): the reason \
    is the grid floor, not L1 itself. On the same 20 seeds RidgeCV chose α = 0.1, the \
    smallest it is offered, \(sweep.ridgeAtGridEnd) times, and mean R² and mean MSE chose \
    the same α \(sweep.ridgeCriteriaAgree) times.
    """)

  // 6. The claims.
  lesson.narrative.section("Checking the claims", uses: ["CrossValidationClaims.swift"])
  lesson.narrative.paragraph(
    """
    Each claim is recomputed from the numbers above: (a) the argmin of the Lasso's mean \
    fold MSE and the argmax of Ridge's mean fold R², against the α each model uses; (b) \
    the refit's non-zero weights against the true ones; (c) the count of the 20 seeds.
    """)
  for claim in CrossValidationClaims(experiment: experiment, sweep: sweep).all {
    lesson.claim(claim)
  }
}
