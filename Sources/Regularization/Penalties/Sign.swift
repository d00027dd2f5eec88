/// The sign of `x` with `sign(0) = 0`, as `torch.sign` and `numpy.sign`; NaN stays NaN.
///
///     sign(x) = 1 if x > 0,   −1 if x < 0,   0 if x = 0
///
/// It is the derivative of `|x|` away from 0. At 0, where `|x|` has no derivative, the
/// value 0 is one element of the subdifferential `[−1, 1]`, the one PyTorch's autograd uses.
public func sign(_ x: Double) -> Double {
  x > 0 ? 1 : (x < 0 ? -1 : (x == 0 ? 0 : x))
}
