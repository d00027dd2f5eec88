// Lesson 11 — Overfitting, and choosing λ on a log grid.
//
// Claim: with λ = 0 a model with more parameters than examples fits the training set
// almost exactly and the validation set badly; training error only rises with λ, and on a
// degree-15 polynomial the validation error has an interior minimum that picks a λ better
// than either end. The computations are in D2LExperiment.swift, D2LSeedSummary.swift and
// PolynomialExperiment.swift.
import Figures
import LessonKit
import Regularization

LessonRunner.main(Catalogue.info(11), story: story)

func story(_ lesson: inout Lesson) throws {
  // 1. d2l's high-dimensional regression, both editions.
  lesson.narrative.section(
    "Overfitting in 200 dimensions: the weight-decay chapter of d2l",
    uses: ["D2LExperiment.swift"])
  lesson.narrative.paragraph(
    """
    Seed 002: “当模型在训练数据上表现得太好时,它可能会学习到训练数据中的噪声或随机波动” (a model \
    that does too well on its training data may learn the noise in it). Dive into Deep \
    Learning shows it with 20 examples of 200 inputs, so the model has 10 times more weights \
    than equations:
    """)
  lesson.narrative.formula(
    """
    y = 0.05 + Σᵢ 0.01·xᵢ + ε,   x ~ N(0, I₂₀₀),   ε ~ N(0, 0.01²);   20 training, 100 validation
    minimize  mean((ŷ − y)²/2) + λ·‖w‖²/2   by SGD on minibatches of 5, the bias not decayed
    earlier edition: w₀ ~ N(0, 1),     lr 0.003, 100 epochs, prints ‖w‖        as "L2 norm of w"
    current edition: w₀ ~ N(0, 0.01²), lr 0.01,   10 epochs, prints ‖w‖²/2 as "L2 norm of w"
    """)
  lesson.narrative.paragraph(
    """
    The current edition prints l2_penalty(w) = ‖w‖²/2 under the label "L2 norm of w": that \
    is half the squared norm, not the norm. Both are printed below.
    """)
  lesson.narrative.expect(
    "at λ = 0 a training loss near 0 and a validation loss hundreds of times larger; λ = 3 closes the gap."
  )
  // The seed summary of section 2 starts at this seed, so its first runs are this seed's.
  let summary = try D2LSeedSummary(firstSeed: lesson.seed)
  let earlier = summary.earlier[0]
  let current = summary.current[0]
  lesson.narrative.table(
    ["edition", "λ", "train loss", "validation loss", "‖w‖", "‖w‖²/2", "printed"],
    [earlier, current].flatMap { experiment in
      experiment.runs.map { run in
        [
          experiment.edition.name, NumberFormat.readable(run.lambda),
          NumberFormat.scientific(run.trainingLoss), NumberFormat.scientific(run.validationLoss),
          NumberFormat.readable(run.norm), NumberFormat.scientific(run.halfSquaredNorm),
          experiment.edition.printedLabel,
        ]
      }
    })
  let nullDimension = Double(D2LExperiment.inputs - D2LExperiment.trainingSize)
  lesson.narrative.result(
    """
    At λ = 0 both editions interpolate the 20 examples. The earlier edition's ‖w‖ = \
    \(NumberFormat.readable(earlier.runs[0].norm)) is mostly its starting point: the gradient \
    of 20 examples lies in a 20-dimensional subspace, so the other \(Int(nullDimension)) \
    directions keep their N(0, 1) start, of norm about √\(Int(nullDimension)) = \
    \(NumberFormat.readable(nullDimension.squareRoot())), while the true ‖w‖ is only \
    √200·0.01 = \(NumberFormat.readable(0.01 * 200.0.squareRoot())). Weight decay shrinks \
    those directions by (1 − ηλ) every step, which no amount of data fitting can do.
    """)

  // 2. Several seeds against the book's numbers.
  lesson.narrative.section(
    "The book's printed numbers, against \(D2LSeedSummary.seedCount) seeds",
    uses: ["D2LSeedSummary.swift"])
  lesson.narrative.paragraph(
    """
    One draw of 20 examples varies a lot, so the medians over seeds \(lesson.seed) to \
    \(lesson.seed + UInt64(D2LSeedSummary.seedCount) - 1) are compared with the book's runs \
    (the earlier edition's 12.94 at λ = 0; the current edition's PyTorch slides print 0.00922 \
    at λ = 0 and 0.00162 at λ = 3, another published run 0.00888 at λ = 0).
    """)
  var inside: [String] = []
  var outside: [String] = []
  lesson.narrative.table(
    ["edition", "λ", "median ‖w‖", "median ‖w‖²/2", "printed", "printed: seed range", "book"],
    [summary.earlier, summary.current].flatMap { experiments in
      (0..<2).map { index in
        let edition = experiments[0].edition
        let lambda = experiments[0].runs[index].lambda
        let key = "\(edition.name) \(Int(lambda))"
        let range = D2LSeedSummary.range(
          experiments, run: index, D2LSeedSummary.printed(edition))
        if let book = D2LSeedSummary.book[key] {
          let text = "\(book.text) (\(edition.name), λ = \(Int(lambda)))"
          if range.contains(book.value) { inside.append(text) } else { outside.append(text) }
        }
        return [
          edition.name, NumberFormat.readable(lambda),
          NumberFormat.readable(D2LSeedSummary.median(experiments, run: index) { $0.norm }),
          NumberFormat.readable(
            D2LSeedSummary.median(experiments, run: index) { $0.halfSquaredNorm }),
          edition.printedLabel,
          NumberFormat.readable(range.lowerBound, significant: 3) + " … "
            + NumberFormat.readable(range.upperBound, significant: 3),
          D2LSeedSummary.book[key]?.text ?? "not quoted",
        ]
      }
    })
  lesson.narrative.result(
    """
    Inside the range of these \(D2LSeedSummary.seedCount) seeds: \
    \(inside.isEmpty ? "none" : inside.joined(separator: ", ")); outside: \
    \(outside.isEmpty ? "none" : outside.joined(separator: ", ")). The book's numbers are \
    single runs on its own random draws (PyTorch's generator, not this one), so agreement \
    in size is what can be expected, and the labels must be read as above: 12.94 is a norm, \
    0.00922 is half a squared norm (a norm of about \
    \(NumberFormat.readable((2 * 0.00922).squareRoot(), significant: 3))).
    """)

  // 3. A λ grid on the d2l problem: a plateau.
  lesson.narrative.section(
    "λ on a log grid for the d2l problem: a plateau, not a U", uses: ["D2LExperiment.swift"])
  let gridLambdas = [0] + logSpace(from: 1e-3, to: 1e2, count: 11)
  let grid = try D2LExperiment(seed: lesson.seed, edition: .current, lambdas: gridLambdas)
  lesson.narrative.expect(
    "the validation loss falls as λ grows and then flattens at the loss of predicting the mean.")
  lesson.narrative.table(
    ["λ", "train loss", "validation loss", "‖w‖"],
    grid.runs.map {
      [
        NumberFormat.readable($0.lambda), NumberFormat.scientific($0.trainingLoss),
        NumberFormat.scientific($0.validationLoss), NumberFormat.readable($0.norm),
      ]
    })
  lesson.narrative.result(
    """
    Predicting the training mean ȳ for every input scores \
    \(NumberFormat.scientific(grid.meanPredictorLoss)) on the validation set. With 20 examples \
    and the signal spread evenly over 200 directions, the data pin down only the part of w in \
    their own 20-dimensional span, about a tenth of ‖w‖². So the best any λ can do is a \
    little better than w = 0, and large λ falls onto that flat plateau: the validation curve \
    has no clear interior minimum here, and none is claimed.
    """)

  // 4. The polynomial: basis and solver.
  lesson.narrative.section(
    "A degree-15 polynomial: the basis and the solver", uses: ["PolynomialExperiment.swift"])
  let polynomial = try PolynomialExperiment(seed: lesson.seed)
  lesson.narrative.paragraph(
    """
    15 points x ~ U(0, 1), y = sin(2πx) + N(0, 0.2²), fitted with the features (t, t², …, t¹⁵) \
    and a free intercept: 16 coefficients for 15 equations. Raw powers of x ∈ [0, 1] are \
    nearly parallel columns (x¹⁴ and x¹⁵ are both ≈ 0 until x nears 1); scaling to \
    t = 2x − 1 ∈ [−1, 1] helps, and the normal equations square whatever is left:
    """)
  lesson.narrative.formula("cond(XᵀX) = cond(X)²,   trouble once cond(X)² > 1/ε ≈ 4.5·10¹⁵")
  lesson.narrative.result(
    """
    cond of the Vandermonde matrix (1, x, …, x¹⁵) on the 15 points: raw \
    \(NumberFormat.scientific(polynomial.rawCondition)), scaled to [−1, 1] \
    \(NumberFormat.scientific(polynomial.scaledCondition)); squared, \
    \(NumberFormat.scientific(polynomial.rawCondition * polynomial.rawCondition)) and \
    \(NumberFormat.scientific(polynomial.scaledCondition * polynomial.scaledCondition)) against \
    1/ε = \(NumberFormat.scientific(1 / Double.ulpOfOne)). \
    Cholesky on X_cᵀX_c at λ = 0 (scaled basis): \(polynomial.choleskyOutcome). With more \
    coefficients than points X_cᵀX_c is singular outright, so λ = 0 is solved by an SVD as \
    the minimum-norm least-squares fit (the limit of ridge as λ → 0), and every λ > 0 from \
    the same SVD: w(λ) = Σ σⱼ/(σⱼ² + λ)·(uⱼᵀy)·vⱼ.
    """)

  // 5. Choosing λ on the validation set.
  lesson.narrative.section(
    "Choosing λ on a log grid with a validation set",
    uses: ["PolynomialExperiment.swift", "OverfittingFigures.swift"])
  lesson.narrative.paragraph(
    """
    Seed 003: “常见的值范围通常是对数尺度的 … 通常使用网格搜索或随机搜索等方法在验证集上寻找 λ 的良好取值” \
    (values are usually searched on a log scale, by grid or random search on a validation \
    set). Its range lost its numbers in the text (“例如从 到”); here the grid is {0} ∪ \
    logspace(−10, 2, 25) in scikit-learn's convention ‖y − Xw − b‖² + λ‖w‖², with 100 \
    validation points to choose on and 1000 test points to judge the choice.
    """)
  lesson.narrative.expect(
    "training error rising with λ from ≈ 0; validation error high at both ends, lowest in between.")
  let shown = Array(stride(from: 0, to: PolynomialExperiment.grid.count, by: 3)) + [25]
  lesson.narrative.table(
    ["λ", "train MSE", "validation MSE", "test MSE"],
    Array(Set(shown + [polynomial.chosenIndex])).sorted().map { k in
      [
        k == 0
          ? "0"
          : NumberFormat.scientific(PolynomialExperiment.grid[k], 1)
            + (k == polynomial.chosenIndex ? " (chosen)" : ""),
        NumberFormat.scientific(polynomial.trainingError[k]),
        NumberFormat.scientific(polynomial.validationError[k]),
        NumberFormat.scientific(polynomial.testError[k]),
      ]
    })
  lesson.narrative.paragraph(
    """
    What to look for in the figure: on top the polynomial's training curve climbs \
    without ever falling, and its validation curve is high on the left (the fit threads the \
    noise), high on the right (the fit is nearly flat) and lowest at the marked λ. Below, \
    the d2l problem of section 3: its validation loss only falls onto the \
    predict-the-mean line and stays there.
    """)
  lesson.show(
    try OverfittingFigures.errorsVersusLambda(polynomial, d2l: grid), as: "train-test-vs-lambda")
  lesson.narrative.paragraph(
    """
    What to look for in the figure: the λ = 0 curve passes through every point and swings out \
    of the frame between them; λ = 100 is almost a constant; the chosen λ tracks sin(2πx).
    """)
  lesson.show(try OverfittingFigures.fits(polynomial), as: "polynomial-fits")

  // 6. Claims.
  lesson.narrative.section("Checking the claims", uses: ["OverfittingClaims.swift"])
  lesson.narrative.paragraph(
    """
    (a) uses the λ = 0 runs of both editions on this seed and the polynomial's λ = 0 fit; (b) \
    and (c) use the polynomial's closed-form fits. Training error falling with λ is not \
    claimed for the SGD runs, where a finite number of noisy steps need not order it.
    """)
  let claims = OverfittingClaims(earlier: earlier, current: current, polynomial: polynomial)
  for claim in claims.all { lesson.claim(claim) }
}
