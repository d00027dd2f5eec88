/// Plain full-batch gradient descent with a fixed step size.
///
///     w_{t+1} = w_t − η·∇f(w_t),   t = 0, 1, …, steps − 1
///
/// The gradient is a closure, so the same loop serves any differentiable objective: a
/// penalized loss, a loss whose gradient includes weight decay, a 1-D toy problem. On a
/// quadratic `f(w) = ½wᵀAw − bᵀw` it converges to `A⁻¹b` whenever `0 < η < 2/λ_max(A)`.
///
/// ```swift
/// let descent = try GradientDescent(learningRate: 0.1, steps: 500)
/// let w = descent.minimize(from: [0, 0]) { w in [2 * w[0] - 1, 4 * w[1] + 2] }
/// ```
public struct GradientDescent: Equatable, Sendable {
  /// The step size `η > 0`.
  public let learningRate: Double
  /// The number of steps `≥ 0`.
  public let steps: Int

  /// Checks and stores a configuration.
  ///
  /// - Throws: `.invalidParameter` if `learningRate` is not a finite number > 0 or
  ///   `steps < 0`.
  public init(learningRate: Double, steps: Int) throws(RegularizationError) {
    try OptimizerCheck.learningRate(learningRate)
    try OptimizerCheck.count(steps, name: "steps")
    self.learningRate = learningRate
    self.steps = steps
  }

  /// Runs `steps` updates from `start` and returns the last iterate `w_steps`.
  ///
  /// - Parameters:
  ///   - start: `w_0`.
  ///   - gradient: `∇f(w)`; it must return as many entries as it is given.
  ///   - observe: Called with `(t, w_t)` for `t = 0 … steps`, before each step and once
  ///     after the last.
  public func minimize(
    from start: [Double], gradient: ([Double]) -> [Double],
    observe: (_ step: Int, _ weights: [Double]) -> Void = { _, _ in }
  ) -> [Double] {
    var w = start
    for t in 0..<steps {
      observe(t, w)
      let g = gradient(w)
      precondition(g.count == w.count, "the gradient has \(g.count) entries, w has \(w.count)")
      for j in 0..<w.count { w[j] -= learningRate * g[j] }
    }
    observe(steps, w)
    return w
  }

  /// The whole trajectory `[w_0, w_1, …, w_steps]` (`steps + 1` points).
  public func trajectory(
    from start: [Double], gradient: ([Double]) -> [Double]
  ) -> [[Double]] {
    var points: [[Double]] = []
    points.reserveCapacity(steps + 1)
    _ = minimize(from: start, gradient: gradient) { _, w in points.append(w) }
    return points
  }
}
