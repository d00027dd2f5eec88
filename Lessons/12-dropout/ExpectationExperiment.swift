import Regularization

/// Claims (a) and (b): what inverted dropout does to one layer's activations, and what
/// evaluation mode does to the whole network.
///
/// (a) The hidden activations h (32 ReLU units) of the trained dropout network at the first
/// 5 training points (160 values) go through 2000 training-mode dropout masks; the Monte
/// Carlo mean of each value is compared with h in standard errors. At the first point, the same draws give the mean output
/// logit, compared with the evaluation logit, for the inverted form and for the classic
/// form on the network whose outgoing weights are 1/(1 − q) times larger.
/// (b) The network's outputs on the test grid in evaluation mode, computed twice with the
/// generator in different states, and twice in training mode.
struct ExpectationExperiment {
  static let draws = 2000
  /// The training points whose hidden activations (a) checks.
  static let points = 5

  let activations: [Double]
  /// Per unit, the Monte Carlo estimate of the training-mode output.
  let unitEstimates: [MonteCarloEstimate]
  /// Mean training-mode logit and evaluation logit, inverted and classic.
  let inverted: (training: MonteCarloEstimate, evaluation: Double)
  let classic: (training: MonteCarloEstimate, evaluation: Double)
  /// Two passes of the "evaluation" forward, and two of the training forward.
  let evaluationPasses: ([Double], [Double])
  let trainingPasses: ([Double], [Double])

  /// - Parameters:
  ///   - form: the dropout whose training output claim (a) checks; `.classic` (no
  ///     1/(1 − q) scale) is the failing input.
  ///   - evaluationUsesTraining: the failing input of (b): feed a training-mode forward
  ///     where evaluation mode belongs.
  init(
    network: MLP, inputs: Matrix, rate: Double, seed: UInt64, form: Dropout.Form = .inverted,
    evaluationUsesTraining: Bool = false
  ) throws {
    let dropout = try Dropout(rate: rate, form: form)
    let points = inputs.selectingRows(Array(0..<Self.points))
    let hidden = try MLP(
      widths: Array(network.widths.prefix(2)), hiddenActivation: network.hiddenActivation,
      outputActivation: .identity,
      parameters: Array(network.parameters[0..<network.weightOffset(layer: 1)]))
    let all = try hidden.outputs(for: points).map { max($0, 0) }
    let width = network.widths[1]
    let h = Array(all[0..<width])
    activations = all
    let outgoing = Array(network.parameters[network.weightOffset(layer: 1)...])
    let w = Array(outgoing.dropLast())
    let b = outgoing[outgoing.count - 1]
    let keep = 1 - rate
    var generator = Xoshiro256StarStar(seed: seed)
    var units = [[Double]](repeating: [], count: all.count)
    var invertedLogits: [Double] = []
    var classicLogits: [Double] = []
    let classicForm = try Dropout(rate: rate, form: .classic)
    for _ in 0..<Self.draws {
      let mask = dropout.mask(count: all.count, using: &generator)
      for j in all.indices { units[j].append(mask[j] * all[j]) }
      // The same kept units, in both forms: inverted on W, classic on W/(1 − q).
      let kept = mask.map { $0 != 0 ? 1.0 : 0.0 }
      invertedLogits.append(b + dot(w, h.indices.map { kept[$0] * h[$0] / keep }))
      classicLogits.append(b + dot(w.map { $0 / keep }, h.indices.map { kept[$0] * h[$0] }))
    }
    unitEstimates = try units.map { values throws in try MonteCarloEstimate(values) }
    let invertedEvaluation = b + dot(w, h)
    let classicEvaluation = b + dot(w.map { $0 / keep }, h.map { classicForm.evaluationScale * $0 })
    inverted = (try MonteCarloEstimate(invertedLogits), invertedEvaluation)
    classic = (try MonteCarloEstimate(classicLogits), classicEvaluation)

    let trainingDropout = try Dropout(rate: rate)
    func pass(_ training: Bool) throws -> [Double] {
      training
        ? try network.outputs(
          for: inputs,
          masks: trainingDropout.masks(for: network, samples: inputs.rows, using: &generator))
        : try network.outputs(for: inputs, dropout: trainingDropout)
    }
    let first = try pass(evaluationUsesTraining)
    _ = generator.next()  // the generator's state differs between the two passes
    evaluationPasses = (first, try pass(evaluationUsesTraining))
    trainingPasses = (try pass(true), try pass(true))
  }

  /// The largest |z| over units whose output varies (a unit with h_j = 0 is always 0).
  var largestUnitZ: Double {
    zip(unitEstimates, activations).filter { $0.0.standardError > 0 }
      .map { abs($0.0.zScore(against: $0.1)) }.max() ?? 0
  }

  /// max |difference| between the two evaluation passes, and between the two training ones.
  var evaluationDifference: Double { maxAbsDifference(evaluationPasses.0, evaluationPasses.1) }
  var trainingDifference: Double { maxAbsDifference(trainingPasses.0, trainingPasses.1) }
}
