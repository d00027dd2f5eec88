import Regularization

/// One ridge problem written in the six conventions the sources use, each solved by its
/// own route, to show that the conversions give one and the same (w, b).
///
///     scikit-learn Ridge      ‖y − Xw − b‖² + α·‖w‖²                   α = λ
///     seeds 001/004           1/(2n)‖y − Xw − b‖² + λ/(2n)·Σw²           λ
///     seed 000 §2.2           1/(2n)Σ(wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² + (λ₀/2)·Σw²       λ₀ = λ/n
///                             (no intercept in the article; fitted here, unpenalized)
///     PyTorch, ½-MSE loss     C₀ + (wd/2)·‖w‖² via SGD(weight_decay=wd)  wd = λ/n
///     seed 003, nn.MSELoss    (1/n)‖y − Xw − b‖² + (wd/2)·‖w‖²            wd = 2λ/n
///     seed 002                L + λ₂·Σw², L = C₀: w ← (1 − 2ηλ₂)·w − η∇L   λ₂ = λ/(2n)
struct LambdaConventions {
  /// The closed form in scikit-learn's convention, the reference.
  let reference: [Double]
  /// seeds 001/004: gradient descent on C (the derivation's run, 1000 steps).
  let articles: [Double]
  /// seed 000: coordinate descent on its objective, `ElasticNet(alpha: λ₀, l1Ratio: 0)`.
  let seed000: [Double]
  /// PyTorch with C₀ as the loss: the derivation's SGD run.
  let pytorchHalfMSE: [Double]
  /// PyTorch with `nn.MSELoss` (no ½) and `weight_decay = 2λ/n`, at half the step size.
  let pytorchMSE: [Double]
  /// seed 000's own snippet, `Ridge(alpha=0.1)`, solved in closed form.
  let snippetRidge: [Double]
  /// seed 002's `L + λ₂·Σw²` with L = C₀: decay by 1 − 2ηλ₂, then the step on ∇C₀.
  let seed002: [Double]
  /// `λ₂ = λ/(2n)`.
  let seed002Lambda: Double
  /// `λ₀ = λ/n` and `wd = 2λ/n`.
  let seed000Lambda: Double
  let mseWeightDecay: Double

  /// seed 000 §2.2's `Ridge(alpha=0.1)`.
  static let snippetAlpha = 0.1

  init(_ experiment: WeightDecayExperiment) throws {
    let x = experiment.data.features
    let y = experiment.data.targets
    let lambda = WeightDecayExperiment.lambda
    let n = experiment.cost.n
    reference = experiment.ridgeSolution
    articles = experiment.gradientForm[WeightDecayExperiment.steps]
    pytorchHalfMSE = experiment.pytorchForm[WeightDecayExperiment.steps]

    seed000Lambda = lambda / n
    let elasticNet = try ElasticNet(
      alpha: seed000Lambda, l1Ratio: 0, tolerance: 1e-15, maxIterations: 100_000
    ).fit(features: x, targets: y)
    seed000 = elasticNet.coefficients + [elasticNet.intercept]

    mseWeightDecay = 2 * lambda / n
    pytorchMSE = try Self.mseSGD(
      experiment, weightDecay: mseWeightDecay, learningRate: experiment.learningRate / 2)

    let snippet = try RidgeRegression(alpha: Self.snippetAlpha).fit(features: x, targets: y)
    snippetRidge = snippet.coefficients + [snippet.intercept]

    seed002Lambda = lambda / (2 * n)
    var decay = try DecayThenStep(
      learningRate: experiment.learningRate, weightDecays: [2 * seed002Lambda, 0])
    seed002 =
      WeightDecayExperiment.run(experiment.cost, from: experiment.start, with: &decay)
      .last ?? []
  }

  /// PyTorch's usual loop: `nn.MSELoss()` (mean of r², no ½), `SGD` groups with
  /// `weight_decay = wd` on the weights and none on the bias, 1000 steps from θ₀.
  static func mseSGD(
    _ experiment: WeightDecayExperiment, weightDecay: Double, learningRate: Double
  ) throws(RegularizationError) -> [Double] {
    let x = experiment.data.features
    let y = experiment.data.targets
    let loss = MSELoss()
    var optimizer = try SGD(learningRate: learningRate, weightDecays: [weightDecay, 0])
    var groups = [
      experiment.cost.weights(experiment.start), [experiment.start[experiment.start.count - 1]],
    ]
    for _ in 0..<WeightDecayExperiment.steps {
      let predictions = x.multiplied(by: groups[0]).map { $0 + groups[1][0] }
      let dLdp = loss.meanGradient(predictions: predictions, targets: y)
      optimizer.step(&groups, gradients: [x.transposeMultiplied(by: dLdp), [dLdp.reduce(0, +)]])
    }
    return groups[0] + groups[1]
  }

  /// The largest distance of any convention's solution from the reference.
  var largestDistance: Double {
    [articles, seed000, pytorchHalfMSE, pytorchMSE, seed002].map {
      maxAbsDifference($0, reference)
    }.max()
      ?? .nan
  }
}
