/// The Huber loss, as PyTorch's `HuberLoss(delta: δ)` per element.
///
///     ℓ(r) = 0.5·r²              if |r| < δ
///            δ·(|r| − 0.5·δ)     otherwise
///     ℓ′(r) = r                   if |r| < δ
///             δ·sign(r)           otherwise
///
/// It is Smooth L1 scaled: `Huber_δ(r) = δ · SmoothL1_{β=δ}(r)`. The two differ in which
/// end is normalized: Huber keeps the quadratic `0.5·r²` of MSE/2 near zero, with slopes
/// capped at δ; Smooth L1 keeps the unit slope of L1 far out.
///
/// Reference: P. J. Huber, "Robust estimation of a location parameter", Annals of
/// Mathematical Statistics 35(1), 1964.
public struct HuberLoss: ResidualLoss, Equatable {
  /// The threshold `δ > 0` between the quadratic and the linear zone.
  public let delta: Double

  /// A Huber loss with `delta` finite and `> 0` (PyTorch's default is 1).
  public init(delta: Double = 1) throws(RegularizationError) {
    guard delta.isFinite, delta > 0 else {
      throw .invalidParameter(name: "delta", value: delta, requirement: "finite and > 0")
    }
    self.delta = delta
  }

  public var name: String { "Huber (δ = \(delta))" }

  public func value(residual: Double) -> Double {
    let size = abs(residual)
    return size < delta ? 0.5 * residual * residual : delta * (size - 0.5 * delta)
  }

  public func derivative(residual: Double) -> Double {
    abs(residual) < delta ? residual : delta * sign(residual)
  }
}
