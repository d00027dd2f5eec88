/// AdamW exactly as PyTorch 2.x's `torch.optim.AdamW` documents it: Adam with decoupled
/// weight decay, the weights shrunk by `1 − γλ` before the Adam step, per parameter group.
///
///     θ_t ← θ_{t−1} − γλ·θ_{t−1}          (PyTorch: `param.mul_(1 − lr·weight_decay)`)
///     g_t ← ∇f(θ_{t−1})                   the decay never enters the moments
///     m_t ← β₁·m_{t−1} + (1 − β₁)·g_t
///     v_t ← β₂·v_{t−1} + (1 − β₂)·g_t²
///     m̂_t ← m_t/(1 − β₁ᵗ)
///     amsgrad:  v_t^max ← max(v_{t−1}^max, v_t),  v̂_t ← v_t^max/(1 − β₂ᵗ)
///     else:     v̂_t ← v_t/(1 − β₂ᵗ)
///     θ_t ← θ_t − γ·m̂_t/(√v̂_t + ε)
///
/// With a zero data gradient the weights shrink by exactly `1 − γλ` per step, as with plain
/// SGD: the decay is what Loshchilov and Hutter call weight decay, and it is not an L2
/// penalty on the loss once the step is rescaled by √v̂ (compare `Adam`, lesson 9).
///
/// The default weight decay is PyTorch's for AdamW, 0.01, not 0 as for SGD and Adam.
///
/// References: PyTorch 2.x documentation, `torch.optim.AdamW` (the algorithm box);
/// Loshchilov and Hutter, "Decoupled Weight Decay Regularization" (ICLR 2019).
public struct AdamW: Optimizer, Equatable {
  /// The learning rate `γ > 0`.
  public let learningRate: Double
  /// The decoupled weight decay `λ ≥ 0` of each group; the count is the number of groups.
  public let weightDecays: [Double]
  /// β₁, β₂, ε, amsgrad, and the moment estimates m, v (and v^max) of each group.
  public private(set) var moments: AdamMoments

  /// Checks and stores a configuration; the defaults are PyTorch's (weight decay 0.01).
  ///
  /// - Throws: `.invalidParameter` naming the value if `learningRate` is not a finite number
  ///   > 0, a β is outside [0, 1), `epsilon` or a weight decay is not a finite number ≥ 0, or
  ///   `weightDecays` is empty.
  public init(
    learningRate: Double, betas: (Double, Double) = (0.9, 0.999), epsilon: Double = 1e-8,
    weightDecays: [Double] = [0.01], amsgrad: Bool = false
  ) throws(RegularizationError) {
    try OptimizerCheck.learningRate(learningRate)
    moments = try AdamMoments(betas: betas, epsilon: epsilon, amsgrad: amsgrad)
    try OptimizerCheck.weightDecays(weightDecays)
    self.learningRate = learningRate
    self.weightDecays = weightDecays
  }

  public mutating func step(_ parameters: inout [[Double]], gradients: [[Double]]) {
    OptimizerCheck.groups(parameters, gradients, configured: weightDecays.count)
    moments.begin(sizes: parameters.map(\.count))
    for k in parameters.indices {
      let decay = weightDecays[k]
      if decay != 0 {
        let factor = 1 - learningRate * decay
        for j in parameters[k].indices { parameters[k][j] *= factor }
      }
      moments.step(&parameters[k], gradient: gradients[k], group: k, learningRate: learningRate)
    }
  }
}
