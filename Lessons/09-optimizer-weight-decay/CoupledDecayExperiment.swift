import Regularization

/// Claim (a): PyTorch's `weight_decay = λ` in SGD is the L2 penalty `(λ/2)‖w‖²` on the loss.
///
/// Two runs of SGD with momentum on the training MSE from θ₀ = 0, groups [w, [b]]: one with
/// `weightDecays: [λ, 0]` on `∇L`, one without decay on `∇L + ∇P` with `P` the penalty
/// (`L2Penalty`, `(λ/2)‖w‖²` unless a test passes another). The same two runs with Adam show
/// that Adam's coupled `weight_decay` is the same penalty on the loss too.
struct CoupledDecayExperiment {
  static let lambda = 0.1
  static let learningRate = 0.01
  static let momentum = 0.9
  static let steps = 1000

  let penalty: L2Penalty
  /// θ₀ … θ_steps (w then b) of each run.
  let sgdWeightDecay: [[Double]]
  let sgdPenalizedLoss: [[Double]]
  let adamWeightDecay: [[Double]]
  let adamPenalizedLoss: [[Double]]

  /// max_t ‖θ_t − θ'_t‖_∞ between the two SGD runs, and between the two Adam runs.
  var sgdDifference: Double { Self.largestDifference(sgdWeightDecay, sgdPenalizedLoss) }
  var adamDifference: Double { Self.largestDifference(adamWeightDecay, adamPenalizedLoss) }

  init(loss: LinearMSE, penalty: L2Penalty? = nil) throws(RegularizationError) {
    let standard = try L2Penalty(lambda: Self.lambda)
    let penalty = penalty ?? standard
    self.penalty = penalty
    let decays = [Self.lambda, 0.0]
    let penalized = { (groups: [[Double]]) -> [[Double]] in
      let g = loss.gradients(groups)
      return [adding(g[0], penalty.gradient(groups[0])), g[1]]
    }
    let sgd = { (decays: [Double]) throws(RegularizationError) in
      try SGD(learningRate: Self.learningRate, momentum: Self.momentum, weightDecays: decays)
    }
    let adam = { (decays: [Double]) throws(RegularizationError) in
      try Adam(learningRate: Self.learningRate, weightDecays: decays)
    }
    sgdWeightDecay = Self.trajectory(try sgd(decays), loss, gradients: loss.gradients)
    sgdPenalizedLoss = Self.trajectory(try sgd([0, 0]), loss, gradients: penalized)
    adamWeightDecay = Self.trajectory(try adam(decays), loss, gradients: loss.gradients)
    adamPenalizedLoss = Self.trajectory(try adam([0, 0]), loss, gradients: penalized)
  }

  /// θ₀ = 0 … θ_steps, each θ as w followed by b.
  static func trajectory(
    _ optimizer: some Optimizer, _ loss: LinearMSE, gradients: ([[Double]]) -> [[Double]]
  ) -> [[Double]] {
    var optimizer = optimizer
    var points: [[Double]] = []
    let start = [[Double](repeating: 0, count: loss.parameterCount - 1), [0]]
    _ = optimizer.minimize(from: start, steps: steps, gradients: gradients) { _, theta in
      points.append(theta[0] + theta[1])
    }
    return points
  }

  static func largestDifference(_ a: [[Double]], _ b: [[Double]]) -> Double {
    zip(a, b).map { maxAbsDifference($0, $1) }.max() ?? .nan
  }
}
