/// A gradient step with L2 weight decay written the way the articles write it: first shrink
/// each group's parameters by a constant factor, then take the plain gradient step.
///
///     θ ← (1 − η·wd)·θ − η·∇C₀(θ)
///
/// With `wd = λ/n` this is the update of seeds 001 and 004 for `C = C₀ + λ/(2n)·Σw²`,
/// `w ← (1 − ηλ/n)·w − η·∂C₀/∂w`; with `wd = λ` it is seed 003's `w ← w(1 − ηλ) − η∇L`.
/// The bias is a group of its own with `wd = 0` (factor exactly 1). In exact arithmetic it
/// is `SGD`'s coupled step `θ − η·(∇C₀ + wd·θ)`. In floating point the two do the same
/// operations in a different order (here the factor is rounded once and multiplies θ; there
/// `wd·θ` joins the gradient first), so they agree to rounding, not bit for bit.
///
/// The factor is a decay, `0 < 1 − η·wd < 1`, only while `η·wd < 1`; at `η·wd > 1` it is
/// negative and flips every weight's sign each step, and at `η·wd > 2` the weights grow.
/// In practice `η·wd` is tiny (1e-4 is common).
public struct DecayThenStep: Optimizer, Equatable {
  /// The learning rate `η > 0`.
  public let learningRate: Double
  /// The weight decay `wd ≥ 0` of each group; the count is the number of groups.
  public let weightDecays: [Double]
  /// The factor `1 − η·wd` of each group, rounded once.
  public let factors: [Double]

  /// Checks and stores a configuration.
  ///
  /// - Throws: `.invalidParameter` naming the value if `learningRate` is not a finite number
  ///   > 0, a weight decay is not a finite number ≥ 0, or `weightDecays` is empty.
  public init(learningRate: Double, weightDecays: [Double] = [0]) throws(RegularizationError) {
    try OptimizerCheck.learningRate(learningRate)
    try OptimizerCheck.weightDecays(weightDecays)
    self.learningRate = learningRate
    self.weightDecays = weightDecays
    self.factors = weightDecays.map { 1 - learningRate * $0 }
  }

  /// One update `θ ← factor·θ − η·∇C₀(θ)` of every group, with `gradients[k]` = `∇C₀` in
  /// group k's parameters.
  public func step(_ parameters: inout [[Double]], gradients: [[Double]]) {
    OptimizerCheck.groups(parameters, gradients, configured: weightDecays.count)
    for k in parameters.indices {
      let factor = factors[k]
      for j in parameters[k].indices {
        parameters[k][j] = factor * parameters[k][j] - learningRate * gradients[k][j]
      }
    }
  }
}
