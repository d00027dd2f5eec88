import Regularization

/// One of the two editions of the weight-decay chapter of *Dive into Deep Learning*, with
/// the quantity it prints under the label "L2 norm of w".
struct D2LEdition: Sendable, Equatable {
  let name: String
  /// The standard deviation of the initial weights (the bias starts at 0).
  let initialScale: Double
  let learningRate: Double
  let epochs: Int
  /// What the label "L2 norm of w" prints in this edition.
  let printedLabel: String

  /// d2l 0.x (PyTorch tab): `torch.normal(0, 1, …)`, `num_epochs, lr = 100, 0.003`,
  /// `print('L2 norm of w:', torch.norm(w).item())`: the true norm ‖w‖.
  static let earlier = D2LEdition(
    name: "earlier", initialScale: 1, learningRate: 0.003, epochs: 100, printedLabel: "‖w‖")
  /// d2l 1.x: `LinearRegressionScratch(…, sigma=0.01)`, `lr=0.01`, `Trainer(max_epochs=10)`,
  /// `print('L2 norm of w:', float(l2_penalty(model.w)))`: ‖w‖²/2, not a norm.
  static let current = D2LEdition(
    name: "current", initialScale: 0.01, learningRate: 0.01, epochs: 10,
    printedLabel: "‖w‖²/2")
}

/// One training run of the d2l problem at one λ.
struct D2LRun: Sendable {
  let lambda: Double
  let model: LinearModel
  let trainingLoss: Double
  let validationLoss: Double
  var norm: Double { euclideanNorm(model.weights) }
  var halfSquaredNorm: Double { 0.5 * squaredNorm(model.weights) }
}

/// The high-dimensional regression of d2l's weight-decay chapter on one seed:
/// y = 0.05 + Σᵢ 0.01·xᵢ + N(0, 0.01²), 200 inputs, 20 training and 100 validation examples,
/// minibatches of 5, the loss mean((ŷ − y)²/2) + λ·‖w‖²/2, the bias not decayed.
struct D2LExperiment: Sendable {
  static let inputs = 200
  static let trainingSize = 20
  static let validationSize = 100
  static let batchSize = 5

  let edition: D2LEdition
  let training: Dataset
  let validation: Dataset
  /// The λ = 0 and λ = 3 runs, in that order.
  let runs: [D2LRun]

  /// Draws the data, then trains once per λ from the same initial weights and shuffles.
  init(seed: UInt64, edition: D2LEdition, lambdas: [Double] = [0, 3]) throws {
    var rng = Xoshiro256StarStar(seed: seed)
    let teacher = try GaussianLinearData(
      weights: Array(repeating: 0.01, count: Self.inputs), bias: 0.05, noise: 0.01)
    let all = teacher.sample(count: Self.trainingSize + Self.validationSize, using: &rng)
    let training = all.selecting(Array(0..<Self.trainingSize))
    let validation = all.selecting(Array(Self.trainingSize..<all.sampleCount))
    let start = rng
    runs = try lambdas.map { lambda in
      var runRng = start
      return try Self.train(
        edition, lambda: lambda, training: training, validation: validation, using: &runRng)
    }
    self.training = training
    self.validation = validation
    self.edition = edition
  }

  /// d2l's loop: `l = loss(net(X), y) + lambd * l2_penalty(w); l.sum().backward();
  /// sgd([w, b], lr, batch_size)`, i.e. w ← w − η·(mean gradient + λ·w), b ← b − η·mean:
  /// the penalty's gradient λ·w is what `SGD(weightDecays: [λ, 0])` adds to the weights'
  /// group and not to the bias's (PyTorch's per-group `weight_decay`).
  static func train(
    _ edition: D2LEdition, lambda: Double, training: Dataset, validation: Dataset,
    using rng: inout Xoshiro256StarStar
  ) throws -> D2LRun {
    let weights = rng.normals(count: inputs).map { $0 * edition.initialScale }
    var model = LinearModel(weights: weights, bias: 0)
    let loop = try MinibatchTraining(
      batchSize: batchSize, epochs: edition.epochs, loss: SquaredLoss())
    var optimizer = try SGD(learningRate: edition.learningRate, weightDecays: [lambda, 0])
    // Only the final losses are printed, so the epochs are run without the per-epoch record.
    for _ in 0..<edition.epochs {
      loop.epoch(&model, on: training, using: &rng, optimizer: &optimizer)
    }
    return D2LRun(
      lambda: lambda, model: model,
      trainingLoss: model.meanLoss(on: training, loss: SquaredLoss()),
      validationLoss: model.meanLoss(on: validation, loss: SquaredLoss()))
  }

  /// The validation loss of predicting the training mean ȳ for every input, mean((ȳ − y)²)/2:
  /// the plateau a heavily penalized model falls to.
  var meanPredictorLoss: Double {
    let model = LinearModel(
      weights: Array(repeating: 0, count: Self.inputs), bias: mean(training.targets))
    return model.meanLoss(on: validation, loss: SquaredLoss())
  }
}
