import Regularization

/// A regression that overfits when trained long: 40 examples of 40 standard normal inputs
/// (as many weights as equations, so the least-squares fit threads the noise), minibatch SGD
/// from w = 0, trained once with early stopping (patience 10) and once for the whole budget,
/// from the same generator state, so both see the same minibatches until the stop.
struct EarlyStoppingExperiment: Sendable {
  static let inputs = 40
  static let trainingSize = 40
  static let validationSize = 100
  static let testSize = 1000
  static let noise = 0.5
  static let batchSize = 5
  static let learningRate = 0.02
  static let budget = 300
  /// "No improvement in ten epochs", the rule of thumb.
  static let patience = 10

  let training: Dataset
  let validation: Dataset
  let test: Dataset
  /// The early-stopped run: its history ends at the stop epoch.
  var history: TrainingHistory
  /// What early stopping returned (the best snapshot) and its stopper's record.
  var returned: LinearModel
  var bestEpoch: Int?
  var stoppedEpoch: Int?
  /// The run over the whole epoch budget, without stopping.
  var fullHistory: TrainingHistory
  var fullModel: LinearModel

  /// - Parameter patience: the stopper's patience (a test passes 11 to stop one epoch late).
  init(seed: UInt64, patience: Int = Self.patience) throws {
    var rng = Xoshiro256StarStar(seed: seed)
    let teacher = try GaussianLinearData(
      weights: rng.normals(count: Self.inputs).map { $0 / Double(Self.inputs).squareRoot() },
      bias: 0, noise: Self.noise)
    training = teacher.sample(count: Self.trainingSize, using: &rng)
    validation = teacher.sample(count: Self.validationSize, using: &rng)
    test = teacher.sample(count: Self.testSize, using: &rng)
    let loop = try MinibatchTraining(
      batchSize: Self.batchSize, epochs: Self.budget, loss: SquaredLoss())
    let start = rng
    let zero = LinearModel(weights: Array(repeating: 0, count: Self.inputs))

    var stoppedRng = start
    var stopped = zero
    var optimizer = try SGD(learningRate: Self.learningRate, weightDecays: [0, 0])
    let early = loop.run(
      &stopped, training: training, validation: validation, using: &stoppedRng,
      optimizer: &optimizer, earlyStopping: try EarlyStopping(patience: patience))
    history = early.history
    returned = stopped
    bestEpoch = early.stopping?.bestEpoch
    stoppedEpoch = early.stopping?.stoppedEpoch

    var fullRng = start
    var full = zero
    var fullOptimizer = try SGD(learningRate: Self.learningRate, weightDecays: [0, 0])
    fullHistory =
      loop.run(
        &full, training: training, validation: validation, using: &fullRng,
        optimizer: &fullOptimizer
      ).history
    fullModel = full
  }

  /// The mean squared error (with ½, the training loss) on the test set.
  func testLoss(_ model: LinearModel) -> Double { model.meanLoss(on: test, loss: SquaredLoss()) }
}
