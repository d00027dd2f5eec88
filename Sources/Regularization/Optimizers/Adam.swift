/// Adam exactly as PyTorch 2.x's `torch.optim.Adam` documents it, with its `weight_decay`:
/// coupled, an L2 penalty added to the gradient before the moments, per parameter group.
///
///     g_t ← ∇f(θ_{t−1})
///     if λ ≠ 0:  g_t ← g_t + λ·θ_{t−1}
///     m_t ← β₁·m_{t−1} + (1 − β₁)·g_t
///     v_t ← β₂·v_{t−1} + (1 − β₂)·g_t²
///     m̂_t ← m_t/(1 − β₁ᵗ)
///     amsgrad:  v_t^max ← max(v_{t−1}^max, v_t),  v̂_t ← v_t^max/(1 − β₂ᵗ)
///     else:     v̂_t ← v_t/(1 − β₂ᵗ)
///     θ_t ← θ_{t−1} − γ·m̂_t/(√v̂_t + ε)
///
/// Because λθ goes through the division by √v̂, the decay is rescaled per coordinate like the
/// gradient: with a zero data gradient a step has length ≈ γ whatever λ is (lesson 9), not
/// the factor 1 − γλ of SGD. Full-batch Adam with this decay converges to the minimizer of
/// `f + (λ/2)‖θ‖²`; AdamW's decoupled decay does not (Loshchilov and Hutter).
///
/// References: PyTorch 2.x documentation, `torch.optim.Adam` (the algorithm box); Kingma and
/// Ba, "Adam: A Method for Stochastic Optimization" (ICLR 2015); Reddi, Kale and Kumar, "On
/// the Convergence of Adam and Beyond" (ICLR 2018) for amsgrad.
public struct Adam: Optimizer, Equatable {
  /// The learning rate `γ > 0`.
  public let learningRate: Double
  /// The coupled weight decay `λ ≥ 0` of each group; the count is the number of groups.
  public let weightDecays: [Double]
  /// β₁, β₂, ε, amsgrad, and the moment estimates m, v (and v^max) of each group.
  public private(set) var moments: AdamMoments

  /// Checks and stores a configuration; the defaults are PyTorch's.
  ///
  /// - Throws: `.invalidParameter` naming the value if `learningRate` is not a finite number
  ///   > 0, a β is outside [0, 1), `epsilon` or a weight decay is not a finite number ≥ 0, or
  ///   `weightDecays` is empty.
  public init(
    learningRate: Double, betas: (Double, Double) = (0.9, 0.999), epsilon: Double = 1e-8,
    weightDecays: [Double] = [0], amsgrad: Bool = false
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
      var g = gradients[k]
      let decay = weightDecays[k]
      if decay != 0 {
        for j in g.indices { g[j] += decay * parameters[k][j] }
      }
      moments.step(&parameters[k], gradient: g, group: k, learningRate: learningRate)
    }
  }
}
