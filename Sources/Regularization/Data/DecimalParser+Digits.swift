/// Runs of decimal digits read eight bytes at a time, by SWAR (SIMD within a register):
/// the tricks of fast_float and of Lemire's "Number Parsing at a Gigabyte per Second", §6.
extension DecimalParser {
  /// Appends the digits at `p` to `w` (w ← 10·w + d, wrapping) and moves `p` past them:
  /// eight bytes at a time, each load giving its run of n leading digits at once
  /// (w ← 10ⁿ·w + those digits), so a number's digits cost two or three loads and no
  /// branch per digit; byte by byte only within 8 bytes of `end`.
  @inline(__always)
  static func digits(
    _ text: UnsafePointer<UInt8>, _ p: inout Int, _ end: Int, _ w: inout UInt64
  ) {
    while end &- p >= 8 {
      let eight = UInt64(littleEndian: UnsafeRawPointer(text + p).loadUnaligned(as: UInt64.self))
      let count = leadingDigitCount(eight)
      if count == 8 {
        w = w &* 100_000_000 &+ valueOfEightDigits(eight)
        p &+= 8
        continue
      }
      // The count digits moved to the top bytes, '0's below them: the same number. No
      // branch on count (0 … 7, hard to predict); the shift is split so 0 gives 0.
      let padded =
        (eight &<< UInt64(8 &* (7 &- count))) &<< 8 | 0x3030_3030_3030_3030 &>> UInt64(8 &* count)
      w = w &* powersOfTen[count] &+ valueOfEightDigits(padded)
      p &+= count
      return
    }
    while p < end, case let digit = text[p] &- UInt8(ascii: "0"), digit < 10 {
      w = w &* 10 &+ UInt64(digit)
      p &+= 1
    }
  }

  /// How many of `chunk`'s bytes (first byte lowest) are ASCII digits before the first
  /// that is not, 0 … 8. With x = chunk ⊕ 0x30… a digit byte is 0 … 9, and
  ///
  ///     ((x & 0x7F) + 0x76) | x      has its top bit set exactly when x ≥ 10
  ///
  /// in every byte at once (the sum cannot carry out of a byte); the first such top bit,
  /// counted from the low end, gives the answer.
  @inline(__always)
  static func leadingDigitCount(_ chunk: UInt64) -> Int {
    let x = chunk ^ 0x3030_3030_3030_3030
    let nonDigits =
      (((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7676_7676_7676_7676) | x) & 0x8080_8080_8080_8080
    return nonDigits.trailingZeroBitCount &>> 3
  }

  /// 10⁰ … 10⁸ as integers.
  private static let powersOfTen: [UInt64] = [
    1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
  ]

  /// The number eight ASCII digits spell (first byte most significant), by SWAR: pairs,
  /// then fours, then the eight, each step one multiply (fast_float's
  /// `parse_eight_digits_unrolled`).
  ///
  ///     d = bytes − '0';   pairs: d·10 + (d ≫ 8);   then 100·, 10⁴·, combined in 64 bits
  @inline(__always)
  static func valueOfEightDigits(_ chunk: UInt64) -> UInt64 {
    let mask: UInt64 = 0x0000_00FF_0000_00FF
    let pairsToFours: UInt64 = 100 + 1_000_000 << 32
    let foursToEight: UInt64 = 1 + 10_000 << 32
    var value = chunk &- 0x3030_3030_3030_3030
    value = value &* 10 &+ (value &>> 8)
    value = ((value & mask) &* pairsToFours &+ ((value &>> 16) & mask) &* foursToEight) &>> 32
    return value & 0xFFFF_FFFF
  }
}
