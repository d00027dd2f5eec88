/// Stochastic gradient descent as PyTorch's `torch.optim.SGD` computes it: coupled weight
/// decay and momentum (no dampening, no Nesterov).
///
///     g ← ∇L(θ) + wd·θ        weight decay: wd·θ is the gradient of (wd/2)·‖θ‖²
///     v ← μ·v + g             momentum; v ← g at the first step; skipped when μ = 0
///     θ ← θ − η·v
///
/// "Coupled" means the decay goes through the gradient, and so through the momentum
/// buffer (AdamW's decoupled decay does not, lesson 9). Without momentum the step is
/// `θ ← (1 − η·wd)·θ − η·∇L`, the weight decay of lesson 2: PyTorch's `weight_decay = wd`
/// minimizes `L + (wd/2)·‖θ‖²`. The operations are PyTorch's, in PyTorch's order
/// (`d_p = grad + wd·p`, then `p − lr·d_p`), so a loop that adds `wd·θ` to the gradient
/// by hand reproduces this optimizer bit for bit.
///
/// Parameter groups: PyTorch's
/// `SGD([{'params': weights, 'weight_decay': wd}, {'params': biases, 'weight_decay': 0}])`
/// is one `SGD` value per group, each stepping its own parameters and keeping its own state.
///
/// ```swift
/// var weights = try SGD(learningRate: 0.1, weightDecay: 0.01)
/// var bias = try SGD(learningRate: 0.1)  // no decay on the bias
/// weights.step(&w, gradient: gradientOfLossInW)
/// bias.step(&b, gradient: [gradientOfLossInB])
/// ```
///
/// Reference: PyTorch documentation, `torch.optim.SGD` (the algorithm box).
public struct SGD: Equatable, Sendable {
  /// The learning rate `η > 0`.
  public let learningRate: Double
  /// The momentum `μ ≥ 0` (0 for plain SGD).
  public let momentum: Double
  /// The coupled weight decay `wd ≥ 0`: `wd·θ` is added to every gradient.
  public let weightDecay: Double
  /// The momentum buffer `v`; empty until the first step with `μ > 0`.
  public private(set) var velocity: [Double] = []

  /// Checks and stores a configuration.
  ///
  /// - Throws: `.invalidParameter` if `learningRate` is not a finite number > 0, or
  ///   `momentum` or `weightDecay` is not a finite number ≥ 0.
  public init(
    learningRate: Double, momentum: Double = 0, weightDecay: Double = 0
  ) throws(RegularizationError) {
    guard learningRate > 0, learningRate.isFinite else {
      throw .invalidParameter(
        name: "learningRate", value: learningRate, requirement: "a finite number > 0")
    }
    guard momentum >= 0, momentum.isFinite else {
      throw .invalidParameter(
        name: "momentum", value: momentum, requirement: "a finite number >= 0")
    }
    guard weightDecay >= 0, weightDecay.isFinite else {
      throw .invalidParameter(
        name: "weightDecay", value: weightDecay, requirement: "a finite number >= 0")
    }
    self.learningRate = learningRate
    self.momentum = momentum
    self.weightDecay = weightDecay
  }

  /// One update of `parameters` given the loss gradient `∇L(θ)` (without the decay term,
  /// which is added here).
  ///
  /// The gradient must have one entry per parameter, and the parameters the same count at
  /// every step (one optimizer per parameter group).
  public mutating func step(_ parameters: inout [Double], gradient: [Double]) {
    precondition(
      gradient.count == parameters.count,
      "the gradient has \(gradient.count) entries, the parameters \(parameters.count)")
    var direction = gradient
    if weightDecay != 0 {
      for j in direction.indices { direction[j] += weightDecay * parameters[j] }
    }
    if momentum != 0 {
      if velocity.isEmpty {
        velocity = direction
      } else {
        precondition(
          velocity.count == direction.count,
          "this optimizer stepped \(velocity.count) parameters before, now \(direction.count)")
        for j in velocity.indices { velocity[j] = momentum * velocity[j] + direction[j] }
      }
      direction = velocity
    }
    for j in parameters.indices { parameters[j] -= learningRate * direction[j] }
  }
}
