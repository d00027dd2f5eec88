// Lesson 12 — Dropout.
//
// Claim: inverted dropout keeps every activation's expectation, so the evaluation network
// is the plain, deterministic one; on linear regression dropout on the inputs is exactly a
// data-dependent ridge penalty; and on a small network that overfits two moons it shrinks
// the gap between test and training loss. The numerics are in ExpectationExperiment.swift,
// LinearDropoutExperiment.swift and DropoutExperiment.swift.
import Figures
import LessonKit
import Regularization

LessonRunner.main(Catalogue.info(12), story: story)

func story(_ lesson: inout Lesson) throws {
  // 1. The article.
  lesson.narrative.section("The article: drop neurons at random")
  lesson.narrative.paragraph(
    """
    Seed 002: "Dropout则通过随机丢弃神经元来减少神经元之间的共适应性" (dropout reduces the \
    co-adaptation of neurons by dropping neurons at random), and in its list, "方法:在神经网\
    络训练过程中随机丢弃一部分神经元" (method: during training, randomly drop a part of the \
    neurons), "特点:减少了神经元之间的复杂共适应性,提高了模型的泛化能力" (it reduces complex \
    co-adaptation and improves generalization).
    """)
  lesson.narrative.paragraph(
    """
    Two things the article leaves out matter in practice. A neuron is not removed: each \
    activation of each sample is zeroed afresh at every training step. And the survivors \
    must be rescaled, or the network at test time (nothing dropped) sees larger inputs than \
    it was trained on. "Improves generalization" we will measure as the gap between test \
    and training loss; a lower test loss is not reliable on this problem and is not claimed.
    """)

  // 2. Inverted and classic dropout.
  lesson.narrative.section(
    "Inverted dropout keeps the expectation", uses: ["ExpectationExperiment.swift"])
  lesson.narrative.formula(
    """
    m_j ~ Bernoulli(1 − q),   keep probability 1 − q, drop rate q
    inverted (PyTorch):  training h̃_j = m_j·h_j/(1 − q),   evaluation h̃_j = h_j
    classic (2014):      training h̃_j = m_j·h_j,           evaluation h̃_j = (1 − q)·h_j
    E[m_j/(1 − q)] = 1   so   E[h̃_j] = h_j
    """)
  let network = try DropoutExperiment(seed: lesson.seed)
  let training = network.firstTraining
  let expectation = try ExpectationExperiment(
    network: network.networks.dropped, inputs: training.features, rate: DropoutExperiment.rate,
    seed: lesson.seed)
  lesson.narrative.paragraph(
    """
    Take the 32 hidden ReLU activations h of the trained dropout network (section 5) at \
    its first \(ExpectationExperiment.points) training points and push them through \
    \(ExpectationExperiment.draws) training masks at q = \
    \(NumberFormat.fixed(DropoutExperiment.rate, 1)). At the first point, the output logit \
    z = wᵀh̃ + b is linear in the mask, so its mean is the evaluation logit too. The \
    classic form gives the same expected output if its outgoing weights are 1/(1 − q) \
    times the inverted ones: mask by mask the two compute the same number, and at test \
    time classic's factor 1 − q undoes the larger weights.
    """)
  lesson.narrative.expect("every unit's mean within a few standard errors of h_j; equal logits.")
  lesson.narrative.table(
    ["form", "outgoing weights", "mean training logit ± SE", "evaluation logit"],
    [
      [
        "inverted", "w", estimateText(expectation.inverted.training),
        NumberFormat.readable(expectation.inverted.evaluation),
      ],
      [
        "classic", "w/(1 − q)", estimateText(expectation.classic.training),
        NumberFormat.readable(expectation.classic.evaluation),
      ],
    ])
  lesson.narrative.result(
    """
    Largest |z| over the non-zero activations: \
    \(NumberFormat.fixed(expectation.largestUnitZ, 2)) (a zero activation stays 0 under \
    every mask). \
    The two forms differ only in where the factor 1/(1 − q) is kept: in the activations \
    (inverted) or in the weights (classic).
    """)

  // 3. Train and eval modes.
  lesson.narrative.section(
    "Evaluation mode is deterministic", uses: ["ExpectationExperiment.swift"])
  lesson.narrative.paragraph(
    """
    In training mode every forward pass draws new masks; in evaluation mode no mask is \
    drawn and the generator is not touched. We run the network over its 50 training points \
    twice in each mode, with the generator moved on in between.
    """)
  lesson.narrative.expect("0 between evaluation passes, something large between training passes.")
  lesson.narrative.result(
    """
    max |Δ| evaluation: \(NumberFormat.readable(expectation.evaluationDifference)); \
    training: \(NumberFormat.readable(expectation.trainingDifference, significant: 3)) \
    (probabilities).
    """)

  // 4. Linear regression: a data-dependent ridge.
  lesson.narrative.section(
    "On linear regression, input dropout is a data-dependent ridge",
    uses: ["LinearDropoutExperiment.swift"])
  lesson.narrative.paragraph(
    """
    Linear model ŷ = xᵀw, loss MSE = mean_i (y_i − x_iᵀw)² (no ½). Drop inputs with \
    independent masks m_ij, x̃_ij = m_ij·x_ij/(1 − q). Step by step:
    """)
  lesson.narrative.formula(
    """
    E[x̃_ij] = x_ij,   Var[x̃_ij] = x_ij²·(1 − q)q/(1 − q)² = x_ij²·q/(1 − q)
    r̃_i = y_i − Σ_j x̃_ij·w_j:   E[r̃_i] = r_i,   Var[r̃_i] = q/(1 − q)·Σ_j w_j²·x_ij²
    E[r̃_i²] = E[r̃_i]² + Var[r̃_i] = r_i² + q/(1 − q)·Σ_j w_j²·x_ij²
    E[loss] = MSE + q/(1 − q)·Σ_j w_j²·mean_i(x_ij²)
    """)
  lesson.narrative.paragraph(
    """
    A ridge penalty whose weight on w_j is the mean square of feature j: features with \
    large values are penalized more. With ½·MSE the penalty halves too. Check on a small \
    problem (n = \(LinearDropoutExperiment.samples), p = \(LinearDropoutExperiment.features), \
    q = \(NumberFormat.fixed(LinearDropoutExperiment.rate, 1)), at the least-squares w), once \
    exactly by enumerating all 2⁶ masks of every row and once by Monte Carlo.
    """)
  let linear = try LinearDropoutExperiment(seed: lesson.seed)
  lesson.narrative.expect(
    "enumeration equal to the formula to rounding; Monte Carlo within its standard error.")
  lesson.narrative.table(
    ["quantity", "value"],
    [
      ["MSE at w", NumberFormat.readable(linear.mse)],
      ["Σ_j w_j²·mean_i(x_ij²)", NumberFormat.readable(linear.dataRidge)],
      ["q/(1 − q)", NumberFormat.readable(linear.factor)],
      ["predicted E[loss]", NumberFormat.readable(linear.predicted)],
      ["every mask enumerated", NumberFormat.readable(linear.exact)],
      [
        "|enumerated − predicted|",
        NumberFormat.scientific(abs(linear.exact - linear.predicted), 1),
      ],
      ["Monte Carlo, \(LinearDropoutExperiment.draws) masks", estimateText(linear.monteCarlo)],
      [
        "Monte Carlo relative error",
        NumberFormat.fixed(100 * linear.monteCarlo.relativeError(against: linear.predicted), 2)
          + " %",
      ],
    ])
  let wrongFactor = linear.mse + LinearDropoutExperiment.rate * linear.dataRidge
  lesson.narrative.result(
    """
    The factor q alone (forgetting the 1/(1 − q) of the rescaling) would predict \
    \(NumberFormat.readable(wrongFactor)), off by \
    \(NumberFormat.scientific(abs(linear.exact - wrongFactor), 1)) from the enumeration.
    """)

  // 5. A network that overfits.
  lesson.narrative.section(
    "A 2-32-1 network on two moons",
    uses: ["DropoutExperiment.swift", "DropoutExperiment+Boundary.swift", "DropoutFigures.swift"])
  lesson.narrative.paragraph(
    """
    50 training points of two moons with noise 0.3 (the classes overlap), 500 test \
    points; a 2-32-1 network (ReLU hidden layer, sigmoid output, binary cross-entropy), \
    full-batch Adam with learning rate \(NumberFormat.fixed(DropoutExperiment.learningRate, 2)) \
    for \(DropoutExperiment.steps) steps, once without dropout and once with inverted \
    dropout q = 0.5 on the hidden layer, from the same initialization. Training loss is \
    measured in evaluation mode. Five seeds.
    """)
  lesson.narrative.expect(
    "without dropout a train loss far below the test loss; with it, a smaller gap.")
  lesson.narrative.table(
    ["seed", "train, no dropout", "test", "gap", "train, dropout", "test", "gap"],
    zip(network.plain, network.dropped).map { plain, dropped in
      [
        "\(plain.seed)", NumberFormat.fixed(plain.train, 3), NumberFormat.fixed(plain.test, 3),
        NumberFormat.fixed(plain.gap, 3), NumberFormat.fixed(dropped.train, 3),
        NumberFormat.fixed(dropped.test, 3), NumberFormat.fixed(dropped.gap, 3),
      ]
    })
  let gaps = network.meanGaps
  let higherTrain = zip(network.plain, network.dropped).filter { $0.1.train > $0.0.train }.count
  let lowerTest = zip(network.plain, network.dropped).filter { $0.1.test < $0.0.test }.count
  lesson.narrative.result(
    """
    Mean gap \(NumberFormat.fixed(gaps.plain, 3)) without dropout, \
    \(NumberFormat.fixed(gaps.dropped, 3)) with. Dropout gives up training fit (its \
    training loss is higher on \(higherTrain) of 5 seeds) for a smaller gap. The test \
    loss itself was lower with dropout on \(lowerTest) of 5 seeds here; it is not claimed, \
    because the measurement behind the catalogue found it unreliable across draws.
    """)
  lesson.narrative.paragraph(
    """
    What to look for in the figure: the dashed red training curve keeps falling while the \
    solid red test curve turns upward; the blue pair stays closer together.
    """)
  lesson.show(DropoutFigures.learningCurves(network), as: "learning-curves")
  lesson.narrative.paragraph(
    """
    What to look for in the next figure: without dropout the 0.5 contour (where the \
    colour crosses the middle of the bar) twists to wrap individual training points of the \
    other class and the colours saturate far from the data; with dropout the boundary is \
    smoother and the probabilities stay less extreme away from the points.
    """)
  lesson.show(try DropoutFigures.decisionBoundary(network), as: "decision-boundary")

  // 6. Claims.
  lesson.narrative.section("Checking the claims")
  lesson.narrative.paragraph(
    """
    (a) and (c) compare Monte Carlo means with their predictions in standard errors, (c) \
    also the exact enumeration; (b) compares two evaluation passes bit for bit; (d) \
    averages the gap over the five seeds above.
    """)
  for claim in DropoutClaims(expectation: expectation, linear: linear, network: network).all {
    lesson.claim(claim)
  }
}

/// `mean ± standard error`.
func estimateText(_ estimate: MonteCarloEstimate) -> String {
  NumberFormat.readable(estimate.mean) + " ± "
    + NumberFormat.readable(estimate.standardError, significant: 2)
}
