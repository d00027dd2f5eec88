import Testing

@testable import Regularization

/// Plain SGD on both groups, w ← w − η·g.
private func plainSGD(_ rate: Double) throws -> SGD {
  try SGD(learningRate: rate, weightDecays: [0, 0])
}

@Suite("Minibatch training") struct MinibatchTrainingTests {
  let data: Dataset = {
    var rng = Xoshiro256StarStar(seed: 31)
    let teacher = try? GaussianLinearData(weights: [1, -2, 0.5], bias: 0.3, noise: 0.1)
    return teacher?.sample(count: 12, using: &rng)
      ?? Dataset(unchecked: Matrix(rows: 0, columns: 3), targets: [])
  }()

  @Test("the minibatch gradient matches finite differences of the penalized mean loss")
  func gradientMatchesFiniteDifferences() throws {
    let penalty = try L2Penalty(lambda: 0.7)
    let loop = try MinibatchTraining(batchSize: 4, epochs: 1, penalty: penalty)
    let model = LinearModel(weights: [0.2, 0.1, -0.3], bias: 0.4)
    let batch = [3, 7, 1, 10][...]
    let g = loop.gradients(of: model, on: data, batch: batch)
    func objective(_ w: [Double], _ b: Double) -> Double {
      let part = data.selecting(Array(batch))
      return LinearModel(weights: w, bias: b).meanLoss(on: part, loss: SquaredLoss())
        + penalty.value(w)
    }
    let h = 1e-6
    for j in 0..<3 {
      var up = model.weights
      var down = model.weights
      up[j] += h
      down[j] -= h
      let numeric = (objective(up, model.bias) - objective(down, model.bias)) / (2 * h)
      // Central differences of a quadratic: rounding only, measured ≤ 1e-10.
      #expect(abs(numeric - g[0][j]) <= 1e-8)
    }
    let numericB =
      (objective(model.weights, model.bias + h) - objective(model.weights, model.bias - h))
      / (2 * h)
    #expect(abs(numericB - g[1][0]) <= 1e-8)
  }

  @Test("one epoch with the whole set as one batch is one full-batch gradient step")
  func fullBatchIsGradientDescent() throws {
    let loop = try MinibatchTraining(batchSize: 12, epochs: 1)
    var model = LinearModel(weights: [0, 0, 0])
    var rng = Xoshiro256StarStar(seed: 1)
    let g = loop.gradients(of: model, on: data, batch: Array(0..<12)[...])
    var optimizer = try plainSGD(0.1)
    loop.epoch(&model, on: data, using: &rng, optimizer: &optimizer)
    // The same sums in a shuffled order: rounding only, measured 1e-17.
    #expect(maxAbsDifference(model.weights, g[0].map { -0.1 * $0 }) <= 1e-14)
    #expect(abs(model.bias + 0.1 * g[1][0]) <= 1e-14)
  }

  @Test("a run records one loss pair and one model per epoch and is reproducible")
  func recordsAndReproduces() throws {
    let loop = try MinibatchTraining(batchSize: 5, epochs: 6)
    var a = LinearModel(weights: [0, 0, 0])
    var b = a
    var rngA = Xoshiro256StarStar(seed: 2)
    var rngB = Xoshiro256StarStar(seed: 2)
    var optimizerA = try plainSGD(0.05)
    let runA = loop.run(&a, training: data, validation: data, using: &rngA, optimizer: &optimizerA)
    var optimizerB = try plainSGD(0.05)
    let runB = loop.run(&b, training: data, validation: data, using: &rngB, optimizer: &optimizerB)
    #expect(runA.history.epochCount == 6 && runA.history.trainingLoss.count == 6)
    #expect(runA.history == runB.history && a == b)
    #expect(runA.history.models.last == a)
    #expect(runA.history.trainingLoss.last == a.meanLoss(on: data, loss: SquaredLoss()))
  }

  @Test("with early stopping it stops and hands back the best epoch's model")
  func earlyStoppingRestoresBest() throws {
    // A learning rate this large makes the loss grow: the best epoch is the first.
    let loop = try MinibatchTraining(batchSize: 12, epochs: 50)
    var model = LinearModel(weights: [0, 0, 0])
    var rng = Xoshiro256StarStar(seed: 3)
    var optimizer = try plainSGD(3)
    let run = loop.run(
      &model, training: data, validation: data, using: &rng, optimizer: &optimizer,
      earlyStopping: try EarlyStopping(patience: 3))
    #expect(run.stopping?.bestEpoch == 1)
    #expect(run.history.epochCount == 4)
    #expect(model == run.history.models[0])
  }

  @Test("rejects a batch size or an epoch budget below 1")
  func rejectsBadInput() {
    #expect(throws: RegularizationError.self) { try MinibatchTraining(batchSize: 0, epochs: 1) }
    #expect(throws: RegularizationError.self) { try MinibatchTraining(batchSize: 1, epochs: 0) }
  }
}
