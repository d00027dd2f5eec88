// Lesson 3 — Don't put the bias in the penalty.
//
// Claim: for f(x) = wᵀx + b the slope ∂f/∂x = w does not involve b, so penalizing b buys
// no smoothness. Left out of the penalty, b keeps the mean residual at 0 and absorbs any
// shift of y; put in, it drags every prediction toward 0 and the test error up. Read top
// to bottom; the numerics live in the library (`Regularization`), the experiments in
// BiasPenaltyExperiment.swift, CoverageSweep.swift, InputSlopeCheck.swift and
// BiasPenaltyLine.swift.
import Figures
import LessonKit
import Regularization

LessonRunner.main(Catalogue.info(3), story: story)

func story(_ lesson: inout Lesson) throws {
  let experiment = try BiasPenaltyExperiment(seed: lesson.seed)
  let trueWeights = BiasPenaltyExperiment.weights

  // 1. The article's argument, checked.
  lesson.narrative.section(
    "Why b adds no curvature (seed 004 §三)",
    uses: ["BiasPenaltyExperiment.swift", "InputSlopeCheck.swift"])
  lesson.narrative.paragraph(
    """
    Seed 004 asks "偏置b为什么不加正则?" (why is the bias not regularized?). Overfitting, it \
    says, shows as a large change of the output for a small change of the input, and that \
    is the weights' doing: "b不贡献曲率(对输入进行求导,b是直接约掉的)", b contributes no \
    curvature: differentiate with respect to the input and b drops out.
    """)
  lesson.narrative.formula("f(x) = wᵀx + b   ⇒   ∂f/∂x = w,   ∂f/∂b = 1")
  let reference = BiasPenaltyExperiment.referenceIndex
  let fitted = [
    experiment.weightsOnly.fits[reference], experiment.weightsAndBias.fits[reference],
  ]
  let slope = try InputSlopeCheck(
    models: fitted, inputs: (0..<3).map { experiment.data.test.features.row($0) })
  lesson.narrative.paragraph(
    """
    Checked on the two models this lesson fits (section 4), at λ = \
    \(NumberFormat.compact(experiment.lambdas[reference])): set each model's b by hand to \
    several values and differentiate its prediction in x.
    """)
  lesson.narrative.expect(
    "central differences give each model's own w at every b, up to rounding.")
  lesson.narrative.table(
    ["model", "b set to"] + trueWeights.indices.map { "∂f/∂x\($0 + 1)" },
    fitted.indices.flatMap { m in
      InputSlopeCheck.biases.indices.map { k in
        [m == 0 ? "b free" : "b penalized", NumberFormat.compact(InputSlopeCheck.biases[k])]
          + slope.gradients[m][0][k].map { NumberFormat.fixed($0, 9) }
      }
    })
  lesson.narrative.result(
    """
    At the first of \(slope.inputs.count) test inputs (step h·max(1, |x_j|), h = ε^(1/3) = \
    \(NumberFormat.scientific(InputSlopeCheck.step, 1))); the fitted weights are \
    (\(NumberFormat.list(fitted[0].coefficients, { NumberFormat.fixed($0, 9) }))) and \
    (\(NumberFormat.list(fitted[1].coefficients, { NumberFormat.fixed($0, 9) }))). Over all \
    inputs and biases the largest |∂f/∂x_j − w_j| is \
    \(NumberFormat.scientific(slope.largestDeviation, 1)), below the rounding bound \
    4ε·max|f|/h = \(NumberFormat.scientific(slope.roundingBound, 1)): the slope is w, and b \
    is not in it.
    """)
  let hidden = zip(InputSlopeCheck.hiddenBiases, slope.hiddenSlopes).map {
    "c = \(NumberFormat.compact($0)): \(NumberFormat.fixed($1, 4))"
  }
  lesson.narrative.paragraph(
    """
    Two cautions. A linear f has no curvature at all (∂²f/∂x² = 0); what w sets is the \
    slope, the sensitivity to the input that the article's first paragraph describes. And \
    the argument is exact for a linear model and for a network's output bias, f = vᵀh(x) + \
    b, but not for a hidden unit's bias: in tanh(x + c), c moves the point where the unit \
    bends, and the slope at x = 0 is \(hidden.joined(separator: ", ")). Those biases are \
    usually left out of weight decay too, on the article's other ground: a bias treats \
    every sample alike ("对于所有的数据都是一视同仁的"), so it cannot fit one sample's noise.
    """)

  // 2. The two objectives.
  lesson.narrative.section(
    "Two objectives: the bias outside the penalty, or inside", uses: ["CoverageSweep.swift"])
  lesson.narrative.formula(
    """
    weights only:    J(w, b) = 1/(2n)·‖y − Xw − b‖² + (λ/2)·‖w‖²
    weights + bias:  J(w, b) = 1/(2n)·‖y − Xw − b‖² + (λ/2)·(‖w‖² + b²)
    """)
  lesson.narrative.paragraph(
    """
    This is the convention throughout: the first is scikit-learn's Ridge(alpha = n·λ), \
    which never penalizes its intercept. Seed 004 writes C = C0 + λ/(2n)·Σw²; its λ is n \
    times ours (and, with C0 = 1/(2n)·Σr², equals scikit-learn's alpha). Both are \
    solved exactly: the first by centering X and y (RidgeRegression, then b = ȳ − x̄ᵀw), the second as ridge on the \
    design [X 1] with a column of ones (RidgeRegression(penaltyCoverage: .weightsAndBias)). \
    Setting ∂J/∂b = 0, with residuals r = y − Xw − b:
    """)
  lesson.narrative.formula(
    """
    weights only:    −(1/n)·Σ r_i = 0          ⇒  mean residual = 0,  b = ȳ − x̄ᵀw
    weights + bias:  −(1/n)·Σ r_i + λ·b = 0    ⇒  mean residual = λ·b
    """)
  lesson.narrative.paragraph(
    """
    So with a free bias, adding c to every y changes only ȳ: y − ȳ, hence w, is \
    untouched and b moves by exactly c. With a penalized bias the shift must be shared \
    between b, the penalty and (through x̄ ≠ 0) the weights.
    """)
  lesson.narrative.paragraph(
    """
    In PyTorch the rule is usually written as seed 003 does: "for param in \
    model.parameters(): if param.dim() > 1: l1_penalty += torch.sum(torch.abs(param))" \
    penalizes weight matrices and skips bias vectors. The same article then adds L2 \
    through optim.Adam(model.parameters(), weight_decay=lambda_l2), which decays every \
    parameter, biases included, without saying so. Seed 004's closing snippet adds \
    torch.norm(param, 1) and torch.norm(param, 2) over all of model.parameters(), biases \
    included (and the norm, not its square); lesson 10 takes that snippet apart.
    """)

  // 3. The data.
  lesson.narrative.section("Data with a large offset", uses: ["OffsetRegression.swift"])
  let data = experiment.data
  lesson.narrative.formula(
    "y = \(NumberFormat.compact(data.offset)) + xᵀw + ε,   w = (\(NumberFormat.list(trueWeights))),   "
      + "x ~ N(0, I),  ε ~ N(0, \(NumberFormat.compact(data.noise * data.noise)))")
  let n = Double(data.train.sampleCount)
  let signal = squaredNorm(trueWeights) + data.noise * data.noise
  lesson.narrative.paragraph(
    """
    \(data.train.sampleCount) training and \(data.test.sampleCount) test samples; training \
    mean ȳ = \(NumberFormat.readable(experiment.targetMean)). Grid: \
    \(experiment.lambdas.count) values of λ from \(NumberFormat.compact(experiment.lambdas[0])) \
    to \(NumberFormat.compact(experiment.lambdas.last ?? .nan)), five per decade, each \
    fitted both ways.
    """)

  // 4. The sweep.
  lesson.narrative.section(
    "Test MSE and intercept across λ",
    uses: ["BiasPenaltyExperiment.swift", "BiasPenaltyFigures.swift"])
  lesson.narrative.expect(
    """
    at tiny λ the two fits agree. As λ grows the penalized b sinks toward 0 (for large \
    λ like ȳ/(1 + λ); exactly so if the training x̄ were 0) and its test MSE climbs \
    toward offset² + ‖w‖² + σ² = \(NumberFormat.readable(data.offset * data.offset + signal)). \
    The free b stays where the data put it, b = ȳ − x̄ᵀw, which becomes ȳ as w shrinks to \
    0, and its test MSE rises only to about ‖w‖² + σ² = \(NumberFormat.readable(signal)) \
    (exactly, in expectation over test data, ‖w‖² + σ² + (\(NumberFormat.compact(data.offset)) − ȳ)² = \
    \(NumberFormat.readable(signal + (data.offset - experiment.targetMean) * (data.offset - experiment.targetMean)))).
    """)
  let decades = Array(stride(from: 0, to: experiment.lambdas.count, by: 5))
  let free = experiment.weightsOnly
  let penalized = experiment.weightsAndBias
  lesson.narrative.table(
    ["λ", "test MSE, b free", "test MSE, b penalized", "b free", "b penalized", "ȳ/(1 + λ)"],
    decades.map { k in
      [
        NumberFormat.compact(experiment.lambdas[k]),
        NumberFormat.readable(free.testMSE[k]), NumberFormat.readable(penalized.testMSE[k]),
        NumberFormat.fixed(free.intercepts[k], 3), NumberFormat.fixed(penalized.intercepts[k], 3),
        NumberFormat.fixed(experiment.targetMean / (1 + experiment.lambdas[k]), 3),
      ]
    })
  let better = experiment.penalizedBetterIndices
  let crossing = experiment.worseFromIndex.map {
    "from λ* = \(NumberFormat.compact(experiment.lambdas[$0])) on, the penalized fit's test "
      + "MSE is higher at every grid point (\(experiment.lambdas.count - $0) of "
      + "\(experiment.lambdas.count))"
  }
  let luck =
    better.isEmpty
    ? "it is better at no grid point"
    : "it is better at \(better.count) (λ ≤ \(NumberFormat.compact(experiment.lambdas[better.last ?? 0])))"
  lesson.narrative.result(
    """
    \(crossing ?? "the penalized fit is not worse even at the largest λ"); \(luck). At the \
    largest λ the measured test MSE is \(NumberFormat.readable(free.testMSE.last ?? .nan)) \
    (b free) and \(NumberFormat.readable(penalized.testMSE.last ?? .nan)) (b penalized), on \
    \(data.test.sampleCount) test points.
    """)
  lesson.narrative.paragraph(
    """
    Why "from λ*" and not "everywhere": at the smallest λ the penalized b is lower by only \
    about λ·ȳ, while the free b itself misses the true offset by noise of order σ/√n = \
    \(NumberFormat.readable(data.noise / n.squareRoot())). When that miss is an overshoot, a \
    small pull toward 0 helps by luck (here the free b at the smallest λ is \
    \(NumberFormat.readable(free.intercepts[0])), the true offset \(NumberFormat.compact(data.offset))); \
    the claim below reads λ* off the measurement.
    """)

  let atOne = BiasPenaltyExperiment.referenceIndex
  lesson.narrative.formula("「而如果对||b||进行惩罚,其实是没有作用的」(seed 004 §三)")
  lesson.narrative.paragraph(
    """
    "Penalizing ||b|| actually has no effect," the article says. It has one, and it is \
    harmful: at λ = \(NumberFormat.compact(experiment.lambdas[atOne])) the test MSE is \
    \(NumberFormat.readable(free.testMSE[atOne], significant: 3)) with b free and \
    \(NumberFormat.readable(penalized.testMSE[atOne], significant: 3)) with b penalized. \
    The article's reason is right about the slope (b does not change how the output reacts \
    to the input) but wrong about the fit: the penalty pulls b toward 0, away from the \
    offset the data need.
    """)
  lesson.narrative.paragraph(
    """
    In the figure, follow the two test-MSE curves from the left: they start together, and \
    from λ* on the penalized one (b in the penalty) stays above the free one all the way \
    to its plateau near offset² + ‖w‖² + σ².
    """)
  lesson.show(BiasPenaltyFigures.testMSE(experiment), as: "test-mse-vs-lambda")

  // 5. Translation.
  lesson.narrative.section(
    "The translation test: y → y + \(NumberFormat.compact(BiasPenaltyExperiment.shift))",
    uses: ["BiasPenaltyLine.swift"])
  lesson.narrative.expect(
    """
    with b free: mean residual (mean r, the average of y − ŷ on the training set) 0, \
    Δb = c, Δw = 0, all to rounding. With b penalized: mean r = λ·b, Δb < c, Δw ≠ 0.
    """)
  lesson.narrative.table(
    ["λ", "b free: mean r", "Δb − c", "max_j |Δw_j|"],
    decades.map { k in
      [
        NumberFormat.compact(experiment.lambdas[k]),
        NumberFormat.scientific(free.meanResidual[k], 1),
        NumberFormat.scientific(free.interceptShift[k] - BiasPenaltyExperiment.shift, 1),
        NumberFormat.scientific(free.weightShift[k], 1),
      ]
    })
  lesson.narrative.table(
    ["λ", "b penalized: mean r", "λ·b", "Δb", "max_j |Δw_j|"],
    decades.map { k in
      [
        NumberFormat.compact(experiment.lambdas[k]),
        NumberFormat.scientific(penalized.meanResidual[k], 1),
        NumberFormat.scientific(experiment.lambdas[k] * penalized.intercepts[k], 1),
        NumberFormat.readable(penalized.interceptShift[k]),
        NumberFormat.scientific(penalized.weightShift[k], 1),
      ]
    })
  lesson.narrative.result(
    """
    The free bias passes at every λ, to rounding. With the bias penalized, mean r is λ·b \
    to the digits shown (with b > 0 the model under-predicts its own training data on \
    average), b \
    takes only part of the shift, about c/(1 + λ), and the weights move by up to \
    \(NumberFormat.readable(penalized.weightShift.max() ?? .nan, significant: 3)).
    """)
  let line = try BiasPenaltyLine(seed: lesson.seed)
  lesson.narrative.paragraph(
    """
    The weights move because, with b held back, part of the offset leaks into w through \
    x̄: the uncentered Xᵀy contains n·x̄·ȳ. With one input (the fits figure: y = \
    \(NumberFormat.compact(data.offset)) + \(NumberFormat.compact(BiasPenaltyLine.slope))·x + ε, \
    \(BiasPenaltyLine.samples) samples, training x̄ = \(NumberFormat.readable(line.inputMean)), \
    λ = \(NumberFormat.compact(BiasPenaltyLine.lambda))) the slope is \
    \(NumberFormat.readable(line.weightsOnly.coefficients[0])) with the bias free (true \
    \(NumberFormat.compact(BiasPenaltyLine.slope)), shrunk by about 1/(1 + λ) for an input of unit \
    variance) and \
    \(NumberFormat.readable(line.weightsAndBias.coefficients[0])) with it penalized; the \
    intercepts are \(NumberFormat.readable(line.weightsOnly.intercept)) and \
    \(NumberFormat.readable(line.weightsAndBias.intercept)).
    """)

  lesson.narrative.paragraph(
    """
    The fits figure shows that one-input case: the data with their own mean(y) marked \
    (of these \(BiasPenaltyLine.samples) points, not the sweep's training set), the \
    unpenalized least-squares line as a reference, and the lines with the bias free and \
    penalized at the same λ.
    """)
  lesson.show(BiasPenaltyFigures.fits(line), as: "fits")

  // 6. Large λ.
  lesson.narrative.section("Large λ: the mean of y, or zero")
  lesson.narrative.expect(
    """
    as λ → ∞ every penalized parameter goes to 0. With b free that leaves b = ȳ, so the \
    model predicts mean(y) everywhere; with b penalized nothing is left, and it predicts 0.
    """)
  let large = decades.filter { experiment.lambdas[$0] >= 1 }
  lesson.narrative.table(
    ["λ", "RMS(ŷ − ȳ), b free", "RMS(ŷ), b free", "RMS(ŷ − ȳ), b pen.", "RMS(ŷ), b pen."],
    large.map { k in
      [
        NumberFormat.compact(experiment.lambdas[k]),
        NumberFormat.scientific(free.distanceFromMean[k], 1),
        NumberFormat.readable(free.distanceFromZero[k]),
        NumberFormat.readable(penalized.distanceFromMean[k]),
        NumberFormat.scientific(penalized.distanceFromZero[k], 1),
      ]
    })
  let last = experiment.lambdas.count - 1
  let decadeBefore = last - 5
  let freeFactor = free.distanceFromMean[decadeBefore] / free.distanceFromMean[last]
  let penalizedFactor = penalized.distanceFromZero[decadeBefore] / penalized.distanceFromZero[last]
  lesson.narrative.result(
    """
    RMS over the \(data.test.sampleCount) test inputs. Over the last decade of λ the \
    distance to the limit falls by a factor \(NumberFormat.readable(freeFactor, significant: 3)) \
    (b free, to ȳ) and \(NumberFormat.readable(penalizedFactor, significant: 3)) \
    (b penalized, to 0): like 1/λ, since for large λ every penalized parameter is about \
    x_jᵀy/(n·λ), with x_j its column of the design (centered when b is free).
    """)

  lesson.narrative.paragraph(
    """
    The intercept figure shows both limits at once: the free b levels off at ȳ while the \
    penalized b falls to 0 like ȳ/(1 + λ).
    """)
  lesson.show(BiasPenaltyFigures.intercept(experiment), as: "intercept-vs-lambda")

  // 7. Claims.
  lesson.narrative.section("Checking the claims", uses: ["BiasPenaltyClaims.swift"])
  lesson.narrative.paragraph(
    """
    Each claim below is measured on the data above; the tests measure it again over six \
    seeds, re-deriving both fits from their normal equations by plain Gaussian elimination.
    """)
  for claim in BiasPenaltyClaims(experiment: experiment, slope: slope).all { lesson.claim(claim) }

}
