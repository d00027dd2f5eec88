/// The truncated-gradient update of Langford, Li and Zhang (2009), full batch: a gradient
/// step on the loss alone, then the penalty's pull toward 0, stopped at 0.
///
///     v = w − η·∇f(w)
///     w_j ← T(v_j, η·g_k, θ),   g_k = K·g if k is a multiple of K, else 0
///     T(v, a, θ) = max(0, v − a)   if 0 ≤ v ≤ θ
///                  min(0, v + a)   if −θ ≤ v < 0
///                  v               if |v| > θ
///
/// With `θ = ∞` and `K = 1` (truncate at every step), `T(v, a, ∞)` is soft-thresholding:
/// for `v ≥ 0`, `max(0, v − a) = max(|v| − a, 0)·sign(v)`; for `v < 0`,
/// `min(0, v + a) = −max(|v| − a, 0)`. So the update with gravity `g = α` is ISTA's step
/// for `α‖w‖₁`, bit for bit: "take the data step, then the penalty step, but stop at 0" is
/// the proximal map (lesson 10). A finite `θ` only truncates small weights, and `K > 1`
/// applies `K` steps' worth of gravity at once, both as in the paper.
///
/// Reference: J. Langford, L. Li and T. Zhang, "Sparse Online Learning via Truncated
/// Gradient", Journal of Machine Learning Research 10, 777–801 (2009), Eq. (6) and the
/// operator T₁.
public struct TruncatedGradient: Equatable, Sendable {
  /// The step size `η > 0`.
  public let learningRate: Double
  /// The gravity `g ≥ 0` (the L1 weight `α`).
  public let gravity: Double
  /// The truncation range `θ > 0`; weights with `|v| > θ` are left alone (∞: all).
  public let theta: Double
  /// The period `K ≥ 1`: gravity `K·g` every `K`-th step, none in between.
  public let period: Int
  /// The number of steps.
  public let iterations: Int

  /// Checks and stores a configuration.
  ///
  /// - Throws: `.invalidParameter` for `η` not finite and > 0, `g < 0`, `θ ≤ 0`, `K < 1`,
  ///   or `iterations < 0`.
  public init(
    learningRate: Double, gravity: Double, theta: Double = .infinity, period: Int = 1,
    iterations: Int
  ) throws(RegularizationError) {
    try OptimizerCheck.learningRate(learningRate)
    guard gravity >= 0, gravity.isFinite else {
      throw .invalidParameter(name: "gravity", value: gravity, requirement: "finite and >= 0")
    }
    guard theta > 0 else {
      throw .invalidParameter(name: "theta", value: theta, requirement: "> 0")
    }
    guard period >= 1 else {
      throw .invalidParameter(name: "period", value: Double(period), requirement: ">= 1")
    }
    try OptimizerCheck.count(iterations, name: "iterations")
    self.learningRate = learningRate
    self.gravity = gravity
    self.theta = theta
    self.period = period
    self.iterations = iterations
  }

  /// The operator `T(v, a, θ)` of the paper (see the type's description).
  public static func truncate(_ v: Double, by amount: Double, within theta: Double) -> Double {
    if v >= 0 && v <= theta { return max(0, v - amount) }
    if v < 0 && v >= -theta { return min(0, v + amount) }
    return v
  }

  /// The trajectory `[w_0, …, w_K]` from `start` (zeros if `nil`).
  ///
  /// - Throws: `.dimensionMismatch` or `.nonFinite` for a bad `start`.
  public func trajectory(
    _ loss: GramLeastSquares, from start: [Double]? = nil
  ) throws(RegularizationError) -> [[Double]] {
    try firstOrderTrajectory(from: start, columns: loss.columns, iterations: iterations) {
      k, w in
      let g = loss.gradient(w)
      let amount = k % period == 0 ? learningRate * Double(period) * gravity : 0
      for j in w.indices {
        w[j] = Self.truncate(w[j] - learningRate * g[j], by: amount, within: theta)
      }
    }
  }
}
