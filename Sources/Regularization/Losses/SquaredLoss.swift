/// Half the squared error, *Dive into Deep Learning*'s `squared_loss`.
///
///     ℓ(r) = r²/2,   ℓ′(r) = r,   r = prediction − target
///
/// The ½ cancels the 2 of the derivative, so the gradient of the mean loss of a linear
/// model is `(1/n)·Xᵀr`. It is PyTorch's `MSELoss` divided by 2: the same minimizer, half
/// the gradient (and so half the effective learning rate).
public struct SquaredLoss: ResidualLoss, Equatable {
  public init() {}

  public var name: String { "squared loss r²/2" }

  public func value(residual: Double) -> Double { 0.5 * residual * residual }

  public func derivative(residual: Double) -> Double { residual }
}
