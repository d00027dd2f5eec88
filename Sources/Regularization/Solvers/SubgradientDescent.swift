/// Subgradient descent with a fixed step on a penalized least squares `f(w) + P(w)`.
///
///     w_{k+1} = w_k − η·(∇f(w_k) + g(w_k)),   g(w) ∈ ∂P(w) the penalty's documented choice
///
/// For `P = α‖w‖₁` the choice is `g_j = α·sign(w_j)` with sign(0) = 0 (`L1Penalty`, as
/// `torch.sign` and PyTorch's autograd of `abs` give). That is what "add the L1 term to
/// the loss and call backward()" computes. It is a valid subgradient, but a fixed step
/// does not land on 0: a coordinate that belongs at 0 is pushed across it by `η·α` in
/// one direction and back in the next, so it jitters within about `2ηα` of 0 and is
/// almost never exactly 0 (lesson 10). Proximal steps (`ProximalGradient`) do not have
/// this problem.
///
/// Reference: N. Z. Shor, *Minimization Methods for Non-Differentiable Functions*
/// (Springer, 1985), the subgradient method; with a fixed step it only reaches a
/// neighbourhood of the minimum, of size proportional to `η`.
public struct SubgradientDescent: Equatable, Sendable {
  /// The step size `η > 0`.
  public let learningRate: Double
  /// The number of steps `K ≥ 0`.
  public let iterations: Int

  /// Checks and stores a configuration.
  ///
  /// - Throws: `.invalidParameter` if `learningRate` is not a finite number > 0 or
  ///   `iterations < 0`.
  public init(learningRate: Double, iterations: Int) throws(RegularizationError) {
    try OptimizerCheck.learningRate(learningRate)
    try OptimizerCheck.count(iterations, name: "iterations")
    self.learningRate = learningRate
    self.iterations = iterations
  }

  /// The trajectory `[w_0, …, w_K]` from `start` (zeros if `nil`).
  ///
  /// - Throws: `.dimensionMismatch` or `.nonFinite` for a bad `start`.
  public func trajectory(
    _ loss: GramLeastSquares, penalty: some Penalty, from start: [Double]? = nil
  ) throws(RegularizationError) -> [[Double]] {
    try firstOrderTrajectory(from: start, columns: loss.columns, iterations: iterations) {
      _, w in
      let g = loss.gradient(w)
      let s = penalty.gradient(w)
      for j in w.indices { w[j] -= learningRate * (g[j] + s[j]) }
    }
  }
}
