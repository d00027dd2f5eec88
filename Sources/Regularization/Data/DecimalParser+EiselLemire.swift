extension DecimalParser {
  /// The bits of the double nearest to `w · 10^q` (positive; 0 and ∞ included), for
  /// w < 2⁶⁴ with at most 19 digits: the Eisel–Lemire algorithm.
  ///
  ///     w · 10^q = w · 5^q · 2^q
  ///     ℓ = leading zeros of w,  P = the table's 128-bit 5^q, normalized (top bit set)
  ///     (hi, lo) = (w·2^ℓ) · P,   kept to its top 128 bits
  ///     m = hi's top 54 or 55 bits: the 53-bit significand and one bit for rounding
  ///     binary exponent = ⌊q · log₂10⌋ + 63 + (hi's top bit) − ℓ + 1023
  ///                       (⌊q · log₂10⌋ as ⌊217 706 · q / 2¹⁶⌋, exact for −342 ≤ q ≤ 308)
  ///
  /// The first 64×64 product suffices unless hi's 9 low bits below the kept ones are all
  /// ones (the truncated table entry could then carry into them); only then is P's low
  /// word multiplied in. Rounding is half up on the extra bit, except when the dropped
  /// bits are exactly zero, which can only happen for −4 ≤ q ≤ 23, where 5^q is exact:
  /// then the value is a true tie and rounds to even. Mushtak and Lemire (2023) proved
  /// the 128-bit product is always accurate enough, so there is no fallback case; below
  /// the smallest normal the significand is shifted into a subnormal and rounded there.
  ///
  /// References: D. Lemire, "Number Parsing at a Gigabyte per Second", 2021, §5–§8;
  /// N. Mushtak and D. Lemire, "Fast number parsing without fallback", 2023; fast_float's
  /// `compute_float` (decimal_to_binary.h), which this follows line by line.
  @inline(__always)
  static func eiselLemire(_ w: UInt64, _ q: Int) -> UInt64 {
    if w == 0 || q < smallestPowerOfTen { return 0 }
    if q > largestPowerOfTen { return infinityBits }
    let leadingZeros = w.leadingZeroBitCount
    let normalized = w &<< UInt64(leadingZeros)
    let index = 2 &* (q &- smallestPowerOfTen)
    var (high, low) = normalized.multipliedFullWidth(by: powersOfFive[index])
    let precisionMask = UInt64.max &>> 55  // the bits below the 52 + 3 we need
    if high & precisionMask == precisionMask {
      let second = normalized.multipliedFullWidth(by: powersOfFive[index &+ 1]).high
      let (sum, carry) = low.addingReportingOverflow(second)
      low = sum
      if carry { high &+= 1 }
    }
    let upperBit = Int(high &>> 63)
    let shift = UInt64(upperBit &+ 9)  // 64 − 52 − 3 + upperBit
    var mantissa = high &>> shift
    var power2 = ((217_706 &* q) &>> 16) &+ 63 &+ upperBit &- leadingZeros &+ 1023
    if power2 <= 0 {  // a subnormal, or 0
      if 1 - power2 >= 64 { return 0 }
      mantissa &>>= UInt64(1 - power2)
      mantissa &+= mantissa & 1
      mantissa &>>= 1
      // Rounding may carry into the smallest normal (2.2250738585072013e-308 does).
      return mantissa | (mantissa < 1 << 52 ? 0 : 1 << 52)
    }
    if low <= 1 && q >= -4 && q <= 23 && mantissa & 3 == 1 && mantissa &<< shift == high {
      mantissa &= ~1  // a tie: round down to even instead of up
    }
    mantissa &+= mantissa & 1
    mantissa &>>= 1
    if mantissa >= 2 << 52 {  // rounding overflowed the significand
      mantissa = 1 << 52
      power2 &+= 1
    }
    mantissa &= ~(1 << 52)
    if power2 >= 0x7FF { return infinityBits }
    return mantissa | UInt64(power2) &<< 52
  }

  /// The bits of +∞.
  static let infinityBits: UInt64 = 0x7FF << 52
}
