import Foundation

/// Binary cross-entropy on a logit `z` (the prediction before the sigmoid), as PyTorch's
/// `BCEWithLogitsLoss` per element; numerically stable for every `z`.
///
///     ℓ(z, t) = −[ t·ln σ(z) + (1 − t)·ln(1 − σ(z)) ]
///             = max(z, 0) − z·t + ln(1 + e^(−|z|))
///     ∂ℓ/∂z  = σ(z) − t
///
/// The second form never exponentiates a positive number and uses `log1p`, so it is exact
/// to rounding even where `σ(z)` itself rounds to 0 or 1. The derivative `σ(z) − t` is
/// why cross-entropy does not slow down when a sigmoid saturates (lesson 5): the `σ′(z)`
/// of the chain rule cancels.
public struct BCEWithLogitsLoss: Loss, Equatable {
  public init() {}

  public var name: String { "BCE with logits" }

  public func value(prediction logit: Double, target: Double) -> Double {
    max(logit, 0) - logit * target + log1p(exp(-abs(logit)))
  }

  public func derivative(prediction logit: Double, target: Double) -> Double {
    sigmoid(logit) - target
  }
}
