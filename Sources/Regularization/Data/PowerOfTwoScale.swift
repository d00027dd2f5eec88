/// The power of two `2^(−e)` that brings `magnitude` (> 0, finite) into [1, 2), with the
/// exponent `e` limited to ±1000 so that the factor itself is a normal number.
///
///     magnitude = m·2^e,  1 ≤ m < 2   ⇒   magnitude·2^(−e) = m
///
/// Multiplying by a power of two is exact (no rounding) as long as the result is neither
/// subnormal nor infinite, so data scaled by it, solved, and scaled back give the same
/// digits as the unscaled arithmetic would have, where that arithmetic does not overflow
/// (IEEE 754-2019 §5.3.3, scaleB). Returns 1 for 0 and for non-finite input.
public func powerOfTwoScale(toNormalize magnitude: Double) -> Double {
  guard magnitude.isFinite, magnitude != 0 else { return 1 }
  let exponent = min(max(Int(abs(magnitude).exponent), -1000), 1000)
  return Double(sign: .plus, exponent: -exponent, significand: 1)
}
