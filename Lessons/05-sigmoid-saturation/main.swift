// Lesson 5 — Sigmoid with MSE learns slowly; cross-entropy does not.
//
// Claim: the quadratic cost's gradient carries the factor σ′(z) ≤ 1/4, which is nearly 0
// when the neuron saturates, so a neuron that starts badly wrong barely moves; the
// cross-entropy gradient (a − y)·x cancels that factor and learns fastest when it is most
// wrong. A mild start learns fine on either cost: the slowdown is saturation, not MSE as
// such. The runs live in SaturationExperiment.swift, the neuron in the library.
import Figures
import LessonKit
import Regularization

LessonRunner.main(Catalogue.info(5), story: story)

func story(_ lesson: inout Lesson) throws {
  let experiment = try SaturationExperiment(seed: lesson.seed)
  let x = SaturationExperiment.input
  let y = SaturationExperiment.target

  // 1. The article's sentence, and the neuron it is about.
  lesson.narrative.section("The article: σ′(z) is tiny at both ends")
  lesson.narrative.paragraph(
    """
    Seed 001 explains why the squared error does not suit a sigmoid: \
    「因為sigmoid函式的性質, 導致σ′(z)在z取大部分值時會很小 (如下圖示出來的兩端, \
    幾近於平坦), 這樣會使得w和b更新非常慢 (因為η * a * σ′(z)這一項接近於0)」: because of the sigmoid's \
    shape σ′(z) is very small for most z (both ends are nearly flat), so w and b update very \
    slowly, the term η·a·σ′(z) being close to 0.
    """)
  lesson.narrative.paragraph(
    """
    Its formulas were images and are lost; they are those of Nielsen's book (ch. 3), which \
    the lesson follows: one neuron, one input x = 1, target y = 0, both costs written out.
    """)
  lesson.narrative.formula(
    """
    z = w·x + b,   a = σ(z) = 1/(1 + e^(−z)),   σ′(z) = σ(z)(1 − σ(z))
    quadratic:      C = ½(a − y)²
                    ∂C/∂w = (a − y)·σ′(z)·x,   ∂C/∂b = (a − y)·σ′(z)
    cross-entropy:  C = −[y·ln a + (1 − y)·ln(1 − a)]
                    ∂C/∂w = (a − y)·x,         ∂C/∂b = a − y
    """)
  lesson.narrative.paragraph(
    """
    With x = 1 and y = 0 the quadratic step of b is η·a·σ′(z): the article's term is exactly \
    this special case (in general it is η·(a − y)·σ′(z)). Cross-entropy's ∂C/∂a = \
    (a − y)/(a(1 − a)) divides out the σ′(z) = a(1 − a) that the chain rule multiplies in.
    """)

  // 2. The gradients at the two starts.
  lesson.narrative.section(
    "The gradients at the two starts",
    uses: ["SaturationExperiment.swift", "SaturationExperiment+GradientCheck.swift"])
  lesson.narrative.expect(
    """
    both formulas agree with central finite differences; at w = b = 2 (z = 4) the quadratic \
    gradient is about σ′(4) ≈ 0.018 times cross-entropy's.
    """)
  lesson.narrative.table(
    ["start", "z", "a", "σ′(z)", "∂C/∂b quadratic", "∂C/∂b cross-entropy", "ratio"],
    experiment.starts.map { start in
      let z = start.neuron.preactivation(x)
      let quadratic = NeuronCost.quadratic.gradient(of: start.neuron, x: x, y: y)
      let crossEntropy = NeuronCost.crossEntropy.gradient(of: start.neuron, x: x, y: y)
      return [
        start.name, NumberFormat.fixed(z, 2), NumberFormat.fixed(start.neuron.output(x), 4),
        NumberFormat.readable(sigmoidDerivative(z)), NumberFormat.readable(quadratic.bias),
        NumberFormat.readable(crossEntropy.bias),
        NumberFormat.readable(quadratic.bias / crossEntropy.bias),
      ]
    })
  let worstError = experiment.gradientChecks.map(\.relativeError).max() ?? .nan
  let derivatives = experiment.starts.map { sigmoidDerivative($0.neuron.preactivation(x)) }
  lesson.narrative.result(
    """
    The ratio of the two gradients is σ′(z) itself, \(NumberFormat.readable(derivatives[0], significant: 3)) \
    from the mild start and \(NumberFormat.readable(derivatives[1], significant: 3)) from the \
    badly wrong one. Against central differences at the two starts and \
    \(SaturationExperiment.randomCheckPoints) random (w, b, x, y), the largest relative error \
    of either formula is \(NumberFormat.scientific(worstError)).
    """)

  // 3. σ′ and saturation.
  lesson.narrative.section("σ′(z) ≤ 1/4, and saturation", uses: ["SaturationFigures.swift"])
  lesson.narrative.paragraph(
    """
    σ′ = σ(1 − σ) is a product of two numbers in (0, 1) that sum to 1, so it is at most \
    ½·½ = 1/4, reached at z = 0. Far from 0 one factor is nearly 0: σ′(z) ≈ e^(−|z|). The \
    quadratic gradient is therefore at most a quarter of cross-entropy's anywhere, and a \
    fiftieth or less once |z| > 4, where the neuron is saturated: its output is close to 0 or 1 \
    and barely responds to w and b.
    """)
  let largestSaturated =
    zip(SaturationExperiment.derivativeGrid, experiment.derivativeSamples)
    .filter { abs($0.0) > SaturationClaims.saturationEdge }.map(\.1).max() ?? .nan
  lesson.narrative.result(
    """
    On \(SaturationExperiment.derivativeGrid.count) points of z ∈ [−40, 40]: max σ′ = \
    \(NumberFormat.readable(experiment.derivativeSamples.max() ?? .nan)), max over |z| > 4 = \
    \(NumberFormat.readable(largestSaturated)). The library's σ never evaluates e^t for t > 0, \
    so it cannot overflow: σ(−800) = \(sigmoid(-800)), σ(800) = \(sigmoid(800)), σ(−40) = \
    \(NumberFormat.scientific(sigmoid(-40))).
    """)
  lesson.narrative.paragraph(
    """
    What to look for in the figure: σ′ is a bump of height 1/4 around 0; in the shaded \
    saturated regions, |z| > 4, it lies flat on the axis. The badly wrong start sits at the \
    edge of the right one, the mild start well inside the bump.
    """)
  lesson.show(SaturationFigures.derivative(experiment), as: "sigmoid-derivative")

  // 4. Training.
  lesson.narrative.section(
    "Training for 300 epochs at the same η = 0.15",
    uses: ["SaturationExperiment.swift", "SaturationFigures.swift"])
  lesson.narrative.expect(
    """
    from w = b = 2 the quadratic neuron stays above 0.9 for 50 epochs while cross-entropy is \
    below 0.15; from w = 0.6, b = 0.9 the quadratic one learns too. The table gives the output \
    a after 0, 50, 100 and 300 epochs.
    """)
  let rows = (experiment.comparison + experiment.nielsenRuns).map { run in
    [experiment.starts[run.start].name, run.cost.name, "\(run.learningRate)"]
      + SaturationExperiment.reportedEpochs.map { NumberFormat.fixed(run.outputs[$0], 4) }
  }
  lesson.narrative.table(
    ["start", "cost", "η"] + SaturationExperiment.reportedEpochs.map { "epoch \($0)" }, rows)
  let badQuadratic = experiment.run(start: 1, cost: .quadratic).outputs
  let badCrossEntropy = experiment.run(start: 1, cost: .crossEntropy).outputs
  let plateauEnd =
    experiment.run(start: 1, cost: .quadratic).firstEpoch(below: 0.9).map {
      "\($0)"
    } ?? "the end"
  lesson.narrative.result(
    """
    From w = b = 2 the quadratic neuron goes from \(NumberFormat.fixed(badQuadratic[0], 3)) \
    to \(NumberFormat.fixed(badQuadratic[50], 3)) in 50 epochs; cross-entropy reaches \
    \(NumberFormat.fixed(badCrossEntropy[50], 3)). Quadratic learning speeds up as a leaves \
    the flat end and σ′ grows: the slow part is the start, exactly where the neuron is most \
    wrong.
    """)
  lesson.narrative.paragraph(
    """
    What to look for in the figure: in the right panel (w = b = 2) the blue quadratic curve \
    is a plateau, above 0.9 until epoch \(plateauEnd), before it falls, while the vermillion \
    cross-entropy curve falls at once; in the left panel (the mild start) the blue curve \
    falls from the first epoch. The green dotted curves are cross-entropy at η = 0.005.
    """)
  lesson.show(SaturationFigures.outputs(experiment), as: "output-vs-epoch")

  // 5. Nielsen's η.
  lesson.narrative.section("Nielsen's η = 0.005, and why equal η is the fair comparison")
  let nielsenBad = experiment.nielsenRuns[1].outputs
  let bad = experiment.starts[1].neuron
  let quadraticStep =
    SaturationExperiment.learningRate * NeuronCost.quadratic.gradient(of: bad, x: x, y: y).bias
  let nielsenStep =
    SaturationExperiment.nielsenRate * NeuronCost.crossEntropy.gradient(of: bad, x: x, y: y).bias
  lesson.narrative.paragraph(
    """
    The book ran its cross-entropy examples at η = \(SaturationExperiment.nielsenRate), \
    \(Int(SaturationExperiment.learningRate / SaturationExperiment.nielsenRate)) times \
    smaller than the quadratic cost's \(SaturationExperiment.learningRate), to show the shape \
    of the curve: with cross-entropy learning is fastest when the neuron is most wrong. Read \
    as a race, that comparison is unfair: a gradient step moves b by η·∂C/∂b, so a smaller η \
    shrinks every step in proportion, whatever the cost. From w = b = 2 the first \
    cross-entropy step at η = \(SaturationExperiment.nielsenRate) moves b by \
    \(NumberFormat.readable(nielsenStep, significant: 3)), the first quadratic step at η = \
    \(SaturationExperiment.learningRate) by \(NumberFormat.readable(quadraticStep, significant: 3)).
    """)
  lesson.narrative.result(
    """
    At η = 0.005 cross-entropy from w = b = 2 is still at \
    \(NumberFormat.fixed(nielsenBad[SaturationExperiment.epochs], 3)) after 300 epochs: slow \
    because of the step size, not the cost. Only at equal η does the difference between the \
    runs measure the difference between the costs.
    """)

  // 6. Where the article is loose.
  lesson.narrative.section("Where the article is loose")
  lesson.narrative.paragraph(
    """
    The article adds that 「當兩數的差異值大於1的情況下, 平方的計算方式很容則到達梯度消失的區域」 \
    (when the two values differ by more than 1, the square easily reaches the vanishing-\
    gradient region). A sigmoid's output and a target in [0, 1] never differ by more than 1: \
    the slowdown does not come from a large error but from a large |z|. And 「l2 loss不易與\
    sigmod搭配使用」 (the L2 loss does not pair well with a sigmoid) holds for saturated \
    starts only: from w = 0.6, b = 0.9 the quadratic cost reaches \
    \(NumberFormat.fixed(experiment.run(start: 0, cost: .quadratic).outputs[300], 3)) in 300 \
    epochs.
    """)

  // 7. Claims.
  lesson.narrative.section("Checking the claims", uses: ["SaturationClaims.swift"])
  lesson.narrative.paragraph(
    """
    (a) compares each formula with central differences of the cost itself; (b) reads the \
    outputs of the equal-η runs against the catalogue's thresholds; (c) samples σ′ on a fine \
    grid.
    """)
  for claim in SaturationClaims(experiment: experiment).all { lesson.claim(claim) }
}
