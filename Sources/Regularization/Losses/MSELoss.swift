/// The squared error, PyTorch's `MSELoss` per element (no factor ½).
///
///     ℓ(r) = r²,   ℓ′(r) = 2r,   r = prediction − target
///
/// Smooth everywhere, but its gradient grows without bound with the error: one far outlier
/// or a far start produces a huge step (lesson 4), and the squared errors let outliers
/// dominate the fit.
public struct MSELoss: ResidualLoss, Equatable {
  public init() {}

  public var name: String { "MSE" }

  public func value(residual: Double) -> Double { residual * residual }

  public func derivative(residual: Double) -> Double { 2 * residual }
}
