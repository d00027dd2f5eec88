/// The Smooth L1 loss of Fast R-CNN, as PyTorch's `SmoothL1Loss(beta: β)` per element.
///
///     ℓ(r) = 0.5·r²/β      if |r| < β
///            |r| − 0.5·β   otherwise
///     ℓ′(r) = r/β           if |r| < β
///             sign(r)       otherwise
///
/// Quadratic near zero, so the gradient fades as the error does and gradient descent
/// settles; linear beyond β, so the gradient never exceeds 1 in size and outliers count
/// only linearly. Both pieces meet at `|r| = β` with value `0.5·β` and slope `±1`: the loss
/// is C¹ there. With `β = 0` it is exactly `L1Loss` (PyTorch does the same).
///
/// Reference: R. Girshick, "Fast R-CNN", ICCV 2015.
public struct SmoothL1Loss: ResidualLoss, Equatable {
  /// The width `β ≥ 0` of the quadratic zone.
  public let beta: Double

  /// A Smooth L1 loss with `beta` finite and `>= 0` (PyTorch's default is 1).
  public init(beta: Double = 1) throws(RegularizationError) {
    guard beta.isFinite, beta >= 0 else {
      throw .invalidParameter(name: "beta", value: beta, requirement: "finite and >= 0")
    }
    self.beta = beta
  }

  public var name: String { "Smooth L1 (β = \(beta))" }

  public func value(residual: Double) -> Double {
    let size = abs(residual)
    return size < beta ? 0.5 * residual * residual / beta : size - 0.5 * beta
  }

  public func derivative(residual: Double) -> Double {
    abs(residual) < beta ? residual / beta : sign(residual)
  }
}
