import Foundation

/// Binary cross-entropy on probabilities, as PyTorch's `BCELoss` per element.
///
///     ℓ(p, t) = −[ t·max(ln p, −100) + (1 − t)·max(ln(1 − p), −100) ]
///     ∂ℓ/∂p  = (p − t) / max(p·(1 − p), 10⁻¹²)
///
/// `p ∈ [0, 1]` is a predicted probability and `t ∈ [0, 1]` the target. The clamp of each
/// log at −100 is PyTorch's: it keeps the loss finite (at most 100) when `p` is exactly 0
/// or 1, and avoids `0·(−∞) = NaN`. The derivative is PyTorch's backward formula: the
/// derivative of the unclamped loss, `−t/p + (1 − t)/(1 − p)`, with the denominator floored
/// at 10⁻¹². `ln(1 − p)` is computed as `log1p(−p)`. For a logit `z` prefer
/// `BCEWithLogitsLoss`, which is exact where `σ(z)` rounds to 0 or 1.
public struct BCELoss: Loss, Equatable {
  public init() {}

  public var name: String { "BCE" }

  public func value(prediction: Double, target: Double) -> Double {
    let logP = max(log(prediction), -100)
    let logOneMinusP = max(log1p(-prediction), -100)
    return -(target * logP + (1 - target) * logOneMinusP)
  }

  public func derivative(prediction: Double, target: Double) -> Double {
    (prediction - target) / max(prediction * (1 - prediction), 1e-12)
  }
}
