/// A common hand-written "fix" for subgradient descent on `α‖w‖₁` that is not the
/// truncated gradient: take the combined step, and set a weight to 0 when that step
/// changes its sign.
///
///     v = w − η·(∇f(w) + α·sign(w))          (sign(0) = 0)
///     w_j ← 0    if v_j·w_j < 0              (the combined step crossed 0)
///     w_j ← v_j  otherwise
///
/// It looks like `TruncatedGradient` but it is a different map, and it does not converge to
/// the lasso solution. A weight at 0 has `sign(0) = 0`, so its next step is the data step
/// alone, `−η·∂f/∂w_j`, with no penalty to hold it: it leaves 0 whenever its gradient is not
/// exactly 0, even when `|∂f/∂w_j| < α` says it belongs there; then the penalty pulls it
/// back and the clip sets it to 0 again. Weights that should be 0 flicker, and the others
/// settle where this cycle lets them (lesson 10 measures how far from the solution).
/// The truncated gradient clips the penalty step alone, after the data step, which is
/// the soft-threshold `S(w − η∇f(w), ηα)`.
public struct ClippedSubgradient: Equatable, Sendable {
  /// The step size `η > 0`.
  public let learningRate: Double
  /// The L1 weight `α ≥ 0`.
  public let alpha: Double
  /// The number of steps.
  public let iterations: Int

  /// Checks and stores a configuration.
  ///
  /// - Throws: `.invalidParameter` for `η` not finite and > 0, `α` negative or not finite,
  ///   or `iterations < 0`.
  public init(learningRate: Double, alpha: Double, iterations: Int) throws(RegularizationError) {
    try OptimizerCheck.learningRate(learningRate)
    guard alpha >= 0, alpha.isFinite else {
      throw .invalidParameter(name: "alpha", value: alpha, requirement: "finite and >= 0")
    }
    try OptimizerCheck.count(iterations, name: "iterations")
    self.learningRate = learningRate
    self.alpha = alpha
    self.iterations = iterations
  }

  /// The trajectory `[w_0, …, w_K]` from `start` (zeros if `nil`).
  ///
  /// - Throws: `.dimensionMismatch` or `.nonFinite` for a bad `start`.
  public func trajectory(
    _ loss: GramLeastSquares, from start: [Double]? = nil
  ) throws(RegularizationError) -> [[Double]] {
    try firstOrderTrajectory(from: start, columns: loss.columns, iterations: iterations) {
      _, w in
      let g = loss.gradient(w)
      for j in w.indices {
        let v = w[j] - learningRate * (g[j] + alpha * sign(w[j]))
        w[j] = v * w[j] < 0 ? 0 : v
      }
    }
  }
}
