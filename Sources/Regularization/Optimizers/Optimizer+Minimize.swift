extension Optimizer {
  /// Runs `steps` full-batch steps from `start` and returns the last point.
  ///
  ///     θ_{t+1} = step(θ_t, ∇f(θ_t)),   t = 0, 1, …, steps − 1
  ///
  /// - Parameters:
  ///   - start: θ₀, one array per parameter group.
  ///   - steps: The number of steps (`<= 0` returns `start`).
  ///   - gradients: `∇f(θ)` per group; it must keep the groups' sizes.
  ///   - observe: Called with `(t, θ_t)` for `t = 0 … steps`, before each step and once after
  ///     the last.
  public mutating func minimize(
    from start: [[Double]], steps: Int, gradients: ([[Double]]) -> [[Double]],
    observe: (_ step: Int, _ parameters: [[Double]]) -> Void = { _, _ in }
  ) -> [[Double]] {
    var theta = start
    for t in 0..<max(steps, 0) {
      observe(t, theta)
      step(&theta, gradients: gradients(theta))
    }
    observe(max(steps, 0), theta)
    return theta
  }
}
