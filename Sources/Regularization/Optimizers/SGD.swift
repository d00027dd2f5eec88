/// Stochastic gradient descent exactly as PyTorch 2.x's `torch.optim.SGD` documents it:
/// coupled weight decay, momentum, dampening and Nesterov momentum, per parameter group.
///
///     g_t ← ∇f(θ_{t−1})
///     if λ ≠ 0:  g_t ← g_t + λ·θ_{t−1}              coupled decay: the gradient of (λ/2)‖θ‖²
///     if μ ≠ 0:
///         b_t ← g_t                  at t = 1
///         b_t ← μ·b_{t−1} + (1 − τ)·g_t   at t > 1
///         g_t ← g_t + μ·b_t  if nesterov,  else  g_t ← b_t
///     θ_t ← θ_{t−1} − γ·g_t
///
/// (γ the learning rate, λ the group's weight decay, μ the momentum, τ the dampening.)
/// "Coupled" means the decay goes through the gradient, and so through the momentum buffer
/// (AdamW's decoupled decay does not, lesson 9). Without momentum a step is
/// `θ ← (1 − γλ)·θ − γ·∇f`, the weight decay of lesson 2: `weight_decay = λ` minimizes
/// `f + (λ/2)·‖θ‖²`. The operations are PyTorch's, in its order (`d_p = grad + λ·p`, then
/// `p − γ·d_p`), so a loop that adds `λ·θ` to the gradient by hand gives the same bits.
///
/// ```swift
/// var optimizer = try SGD(learningRate: 0.1, weightDecays: [0.01, 0])  // w decayed, b not
/// var groups = [w, [b]]
/// optimizer.step(&groups, gradients: [gradientInW, [gradientInB]])
/// ```
///
/// Reference: PyTorch 2.x documentation, `torch.optim.SGD` (the algorithm box).
public struct SGD: Optimizer, Equatable {
  /// The learning rate `γ > 0`.
  public let learningRate: Double
  /// The momentum `μ ≥ 0` (0: plain SGD).
  public let momentum: Double
  /// The dampening `τ ∈ [0, 1]`: the fraction of each new gradient the buffer does not take.
  public let dampening: Double
  /// Nesterov momentum: the step is `g + μ·b` instead of `b`.
  public let nesterov: Bool
  /// The coupled weight decay `λ ≥ 0` of each group; the count is the number of groups.
  public let weightDecays: [Double]
  /// The momentum buffer `b` of each group; empty until the first step with `μ ≠ 0`.
  public private(set) var momentumBuffers: [[Double]] = []

  /// Checks and stores a configuration; the defaults are PyTorch's.
  ///
  /// - Throws: `.invalidParameter` naming the value if `learningRate` is not a finite number
  ///   > 0, `momentum` or a weight decay is not a finite number ≥ 0, `dampening` is outside
  ///   [0, 1], `weightDecays` is empty, or `nesterov` is asked for without a momentum > 0 and
  ///   zero dampening (PyTorch refuses the same).
  public init(
    learningRate: Double, momentum: Double = 0, dampening: Double = 0, nesterov: Bool = false,
    weightDecays: [Double] = [0]
  ) throws(RegularizationError) {
    try OptimizerCheck.learningRate(learningRate)
    try OptimizerCheck.nonNegative(momentum, name: "momentum")
    guard dampening >= 0, dampening <= 1 else {
      throw .invalidParameter(name: "dampening", value: dampening, requirement: "in [0, 1]")
    }
    try OptimizerCheck.weightDecays(weightDecays)
    if nesterov {
      guard momentum > 0 else {
        throw .invalidParameter(
          name: "momentum", value: momentum, requirement: "> 0 for Nesterov momentum")
      }
      guard dampening == 0 else {
        throw .invalidParameter(
          name: "dampening", value: dampening, requirement: "0 for Nesterov momentum")
      }
    }
    self.learningRate = learningRate
    self.momentum = momentum
    self.dampening = dampening
    self.nesterov = nesterov
    self.weightDecays = weightDecays
  }

  public mutating func step(_ parameters: inout [[Double]], gradients: [[Double]]) {
    OptimizerCheck.groups(parameters, gradients, configured: weightDecays.count)
    let isFirstStep = momentumBuffers.isEmpty
    if momentum != 0, isFirstStep { momentumBuffers = gradients.map { _ in [] } }
    for k in parameters.indices {
      var direction = gradients[k]
      let decay = weightDecays[k]
      if decay != 0 {
        for j in direction.indices { direction[j] += decay * parameters[k][j] }
      }
      if momentum != 0 {
        direction = updatedBuffer(group: k, with: direction, isFirstStep: isFirstStep)
      }
      for j in parameters[k].indices { parameters[k][j] -= learningRate * direction[j] }
    }
  }

  /// Updates group k's buffer with `g` and returns the direction of the step.
  private mutating func updatedBuffer(
    group k: Int, with g: [Double], isFirstStep: Bool
  ) -> [Double] {
    if isFirstStep {
      momentumBuffers[k] = g
    } else {
      OptimizerCheck.sameSize(momentumBuffers[k], g, group: k)
      let keep = 1 - dampening
      for j in g.indices {
        momentumBuffers[k][j] = momentum * momentumBuffers[k][j] + keep * g[j]
      }
    }
    guard nesterov else { return momentumBuffers[k] }
    return g.indices.map { g[$0] + momentum * momentumBuffers[k][$0] }
  }
}
