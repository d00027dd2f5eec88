/// The soft-thresholding operator, the proximal map of `λ‖w‖₁`.
///
///     S_λ(z) = sign(z) · max(|z| − λ, 0)
///
/// Every input in `[−λ, λ]` maps to exactly zero, which is why L1 gives sparse weights.
///
/// - Parameters:
///   - z: The value to shrink.
///   - threshold: The penalty weight `λ`, already validated as `>= 0`.
public func softThreshold(_ z: Double, by threshold: Double) -> Double {
  let shrunk = max(abs(z) - threshold, 0)
  return z < 0 ? -shrunk : shrunk
}
