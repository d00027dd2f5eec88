import Regularization

/// Claim (d) and the figures: a 2-32-1 ReLU network with a sigmoid output fitted to 50
/// points of two moons (noise 0.3) by full-batch Adam, without dropout and with inverted
/// dropout q = 0.5 on the hidden layer, over 5 seeds.
///
/// Per seed k: a training set of 50 points, a test set of 500, one initialization shared by
/// both runs, and the dropout masks from their own generator. Losses are binary
/// cross-entropy; the training loss is measured in evaluation mode (the network that would
/// be deployed), the test loss once at the end. The first seed also records learning
/// curves every 10 steps and keeps both networks for the decision-boundary figure.
struct DropoutExperiment {
  static let widths = [2, 32, 1]
  static let trainSize = 50
  static let testSize = 500
  static let noise = 0.3
  static let rate = 0.5
  static let steps = 300
  static let learningRate = 0.05
  static let runs = 5
  static let curveInterval = 10

  struct Run {
    let seed: UInt64
    /// Evaluation-mode training loss and test loss at the end.
    let train: Double
    let test: Double
    var gap: Double { test - train }
  }

  /// Per seed, without and with dropout.
  let plain: [Run]
  let dropped: [Run]
  /// Steps at which the curves were measured, and the curves of the first seed.
  let curveSteps: [Double]
  let curves:
    (plainTrain: [Double], plainTest: [Double], droppedTrain: [Double], droppedTest: [Double])
  /// The first seed's training set and fitted networks.
  let firstTraining: Dataset
  let networks: (plain: MLP, dropped: MLP)

  /// - Parameter rate: the dropout rate of the "with dropout" runs (0 is the failing input:
  ///   dropout that drops nothing).
  init(seed: UInt64, rate: Double = rate) throws {
    let dropout = try Dropout(rate: rate)
    var plain: [Run] = []
    var dropped: [Run] = []
    var curveSteps: [Double] = []
    var curves: ([Double], [Double], [Double], [Double]) = ([], [], [], [])
    var first: (Dataset, MLP, MLP)?
    for k in 0..<Self.runs {
      let runSeed = seed &* 1000 &+ UInt64(k)
      var generator = Xoshiro256StarStar(seed: runSeed)
      let train = try makeMoons(samples: Self.trainSize, noise: Self.noise, using: &generator)
      let test = try makeMoons(samples: Self.testSize, noise: Self.noise, using: &generator)
      let start = try MLP(widths: Self.widths, using: &generator)
      var fitted: [MLP] = []
      for withDropout in [false, true] {
        var network = start
        var optimizer = try Adam(learningRate: Self.learningRate)
        var masks = Xoshiro256StarStar(seed: runSeed &+ 0xD0)
        var trainCurve: [Double] = []
        var testCurve: [Double] = []
        let chunk = k == 0 ? Self.curveInterval : Self.steps
        for done in stride(from: 0, to: Self.steps, by: chunk) {
          if k == 0 {
            if !withDropout { curveSteps.append(Double(done)) }
            trainCurve.append(try network.loss(inputs: train.features, targets: train.targets))
            testCurve.append(try network.loss(inputs: test.features, targets: test.targets))
          }
          try network.train(
            inputs: train.features, targets: train.targets, steps: chunk,
            optimizer: &optimizer, dropout: withDropout ? dropout : nil, using: &masks)
        }
        let run = Run(
          seed: runSeed, train: try network.loss(inputs: train.features, targets: train.targets),
          test: try network.loss(inputs: test.features, targets: test.targets))
        if k == 0 {
          if !withDropout { curveSteps.append(Double(Self.steps)) }
          trainCurve.append(run.train)
          testCurve.append(run.test)
          if withDropout {
            (curves.2, curves.3) = (trainCurve, testCurve)
          } else {
            (curves.0, curves.1) = (trainCurve, testCurve)
          }
        }
        if withDropout { dropped.append(run) } else { plain.append(run) }
        fitted.append(network)
      }
      if k == 0 { first = (train, fitted[0], fitted[1]) }
    }
    self.plain = plain
    self.dropped = dropped
    self.curveSteps = curveSteps
    self.curves = curves
    guard let first else { throw RegularizationError.tooFewSamples(actual: 0, minimum: 1) }
    firstTraining = first.0
    networks = (first.1, first.2)
  }

  /// The mean train–test gap over the seeds, without and with dropout.
  var meanGaps: (plain: Double, dropped: Double) {
    (mean(plain.map(\.gap)), mean(dropped.map(\.gap)))
  }
}
