/// A gradient step with L2 weight decay written the way the articles write it: first shrink
/// the weights by a constant factor, then take the plain gradient step.
///
///     θ ← (1 − η·wd)·θ − η·∇C₀(θ)
///
/// With `wd = λ/n` this is the update of seeds 001 and 004 for `C = C₀ + λ/(2n)·Σw²`,
/// `w ← (1 − ηλ/n)·w − η·∂C₀/∂w`; with `wd = λ` it is seed 003's `w ← w(1 − ηλ) − η∇L`.
/// In exact arithmetic it is `SGD`'s coupled step `θ − η·(∇C₀ + wd·θ)`. In floating point
/// the two do the same operations in a different order (here the factor is rounded once
/// and multiplies θ; there `wd·θ` joins the gradient first), so they agree to rounding,
/// not bit for bit.
///
/// The factor is a decay, `0 < 1 − η·wd < 1`, only while `η·wd < 1`; at `η·wd > 1` it is
/// negative and flips every weight's sign each step, and at `η·wd > 2` the weights grow.
/// In practice `η·wd` is tiny (1e-4 is common).
public struct DecayThenStep: Equatable, Sendable {
  /// The learning rate `η > 0`.
  public let learningRate: Double
  /// The weight decay `wd ≥ 0`.
  public let weightDecay: Double
  /// The factor `1 − η·wd`, rounded once.
  public let factor: Double

  /// Checks and stores a configuration.
  ///
  /// - Throws: `.invalidParameter` if `learningRate` is not a finite number > 0 or
  ///   `weightDecay` is not a finite number ≥ 0.
  public init(learningRate: Double, weightDecay: Double) throws(RegularizationError) {
    guard learningRate > 0, learningRate.isFinite else {
      throw .invalidParameter(
        name: "learningRate", value: learningRate, requirement: "a finite number > 0")
    }
    guard weightDecay >= 0, weightDecay.isFinite else {
      throw .invalidParameter(
        name: "weightDecay", value: weightDecay, requirement: "a finite number >= 0")
    }
    self.learningRate = learningRate
    self.weightDecay = weightDecay
    self.factor = 1 - learningRate * weightDecay
  }

  /// One update `θ ← factor·θ − η·∇C₀(θ)`, with `gradient` = `∇C₀(θ)`, one entry per
  /// parameter.
  public func step(_ parameters: inout [Double], gradient: [Double]) {
    precondition(
      gradient.count == parameters.count,
      "the gradient has \(gradient.count) entries, the parameters \(parameters.count)")
    for j in parameters.indices {
      parameters[j] = factor * parameters[j] - learningRate * gradient[j]
    }
  }
}
