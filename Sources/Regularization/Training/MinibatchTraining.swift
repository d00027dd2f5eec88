/// Minibatch training of a linear model, as a PyTorch or d2l loop does it: every epoch
/// shuffles the training set (a fresh permutation from the seeded generator), cuts it into
/// minibatches of `batchSize` in that order (the last one smaller if `n` is not a multiple,
/// like `DataLoader(drop_last=False)`), and for each one hands the gradient of
///
///     (1/|B|)·Σ_{i∈B} ℓ(wᵀxᵢ + b − yᵢ) + P(w)     (the bias is never penalized)
///
/// to an optimizer over the parameter groups `[w, [b]]` (which may add its own weight decay
/// per group). After each epoch it records the mean loss on the training and validation
/// sets (`TrainingHistory`).
///
/// d2l's weight-decay chapter is `loss = SquaredLoss()` and either `penalty =
/// L2Penalty(lambda: λ)` with plain SGD, or no penalty and `SGD(learningRate: η,
/// weightDecays: [λ, 0])`: the same step `w ← w − η·(g + λ·w)`, `b ← b − η·g_b`. Its
/// `l.sum().backward(); sgd([w, b], lr, batch_size)` divides the summed gradient by the batch
/// size, which is the mean used here.
public struct MinibatchTraining: Sendable {
  /// Samples per minibatch, `≥ 1`.
  public let batchSize: Int
  /// The epoch budget, `≥ 1`.
  public let epochs: Int
  /// The per-sample loss.
  public let loss: any ResidualLoss
  /// The penalty on the weights, if any.
  public let penalty: (any Penalty)?

  /// Checks and stores a configuration.
  ///
  /// - Throws: `.invalidParameter` if `batchSize < 1` or `epochs < 1`.
  public init(
    batchSize: Int, epochs: Int, loss: some ResidualLoss = SquaredLoss(),
    penalty: (any Penalty)? = nil
  ) throws(RegularizationError) {
    guard batchSize >= 1 else {
      throw .invalidParameter(
        name: "batchSize", value: Double(batchSize), requirement: "an integer >= 1")
    }
    guard epochs >= 1 else {
      throw .invalidParameter(name: "epochs", value: Double(epochs), requirement: "an integer >= 1")
    }
    self.batchSize = batchSize
    self.epochs = epochs
    self.loss = loss
    self.penalty = penalty
  }

  /// The gradients `[∂/∂w, [∂/∂b]]` of the minibatch objective over the rows `batch`.
  public func gradients(
    of model: LinearModel, on data: Dataset, batch: ArraySlice<Int>
  ) -> [[Double]] {
    var gradientW = [Double](repeating: 0, count: model.weights.count)
    var gradientB = 0.0
    let p = data.featureCount
    for i in batch {
      let slope = loss.derivative(
        residual: model.prediction(data.features, row: i) - data.targets[i])
      gradientB += slope
      let start = i * p
      for j in 0..<p { gradientW[j] += slope * data.features.elements[start + j] }
    }
    let scale = 1 / Double(batch.count)
    for j in gradientW.indices { gradientW[j] *= scale }
    if let penalty {
      let extra = penalty.gradient(model.weights)
      for j in gradientW.indices { gradientW[j] += extra[j] }
    }
    return [gradientW, [gradientB * scale]]
  }

  /// One epoch over `data`: a fresh permutation, then one optimizer step per minibatch.
  public func epoch(
    _ model: inout LinearModel, on data: Dataset, using rng: inout some SeededGenerator,
    optimizer: inout some Optimizer
  ) {
    let order = rng.permutation(data.sampleCount)
    var start = 0
    while start < order.count {
      let batch = order[start..<min(start + batchSize, order.count)]
      let gradients = gradients(of: model, on: data, batch: batch)
      var groups = model.parameterGroups
      optimizer.step(&groups, gradients: gradients)
      model.parameterGroups = groups
      start += batchSize
    }
  }

  /// Trains `model` for up to `epochs` epochs, recording both losses after each; with
  /// `earlyStopping`, stops when it says so and sets `model` to its best snapshot.
  ///
  /// - Returns: The history of the epochs run and the stopper's final state.
  public func run(
    _ model: inout LinearModel, training: Dataset, validation: Dataset,
    using rng: inout some SeededGenerator,
    optimizer: inout some Optimizer, earlyStopping: EarlyStopping<LinearModel>? = nil
  ) -> (history: TrainingHistory, stopping: EarlyStopping<LinearModel>?) {
    var history = TrainingHistory()
    var stopper = earlyStopping
    for e in 1...epochs {
      epoch(&model, on: training, using: &rng, optimizer: &optimizer)
      let validationLoss = model.meanLoss(on: validation, loss: loss)
      history.trainingLoss.append(model.meanLoss(on: training, loss: loss))
      history.validationLoss.append(validationLoss)
      history.models.append(model)
      let current = model
      if stopper?.update(epoch: e, loss: validationLoss, snapshot: { current }) == true { break }
    }
    if let best = stopper?.best { model = best }
    return (history, stopper)
  }
}
