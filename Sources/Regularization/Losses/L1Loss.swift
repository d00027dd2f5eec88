/// The absolute error, PyTorch's `L1Loss` per element.
///
///     ℓ(r) = |r|,   ℓ′(r) = sign(r),   r = prediction − target
///
/// `|r|` has no derivative at `r = 0`; like `torch.sign` (and PyTorch's autograd for
/// `abs`) this returns 0 there, one element of the subdifferential `[−1, 1]`. The gradient
/// has length 1 however small the error, so fixed-step gradient descent never settles: it
/// ends oscillating around the optimum (lesson 4). Large errors count only linearly, which
/// makes it robust to outliers.
public struct L1Loss: ResidualLoss, Equatable {
  public init() {}

  public var name: String { "L1" }

  public func value(residual: Double) -> Double { abs(residual) }

  public func derivative(residual: Double) -> Double { sign(residual) }
}
