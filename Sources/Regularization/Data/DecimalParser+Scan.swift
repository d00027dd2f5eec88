extension DecimalParser {
  /// Reads the longest number at `start` (before `end`) as `±w · 10^q`.
  ///
  ///     [+-] d… [. d…] [(e|E) [+-] d…]      at least one mantissa digit
  ///
  ///     "-12.50e3"  →  w = 1250, q = 3 − 2 = 1, negative
  ///
  /// An exponent marker not followed by digits is not part of the number (`"1e"` ends
  /// before the `e`). The exponent stops growing once past 65 536 in magnitude, far beyond
  /// where every result is 0 or ∞. Above 19 significant digits (leading zeros do not
  /// count) w keeps the first 19 and q is adjusted to match, as in fast_float.
  ///
  /// - Returns: The decimal and the position after its last byte, or `nil` if no number
  ///   starts at `start`.
  @inline(__always)
  static func scan(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int)
    -> (decimal: Decimal, end: Int)?
  {
    guard start < end else { return nil }
    // The sign without a branch: a random mix of signs would mispredict half the time.
    let first = text[start]
    let isNegative = first == minus
    var p = start &+ (isNegative || first == plus ? 1 : 0)
    let integerStart = p
    var w: UInt64 = 0
    digits(text, &p, end, &w)
    let integerEnd = p
    var fractionStart = p
    if p < end && text[p] == dot {
      p &+= 1
      fractionStart = p
      digits(text, &p, end, &w)
    }
    let fractionEnd = p
    let fractionDigits = fractionEnd &- fractionStart
    var digitCount = integerEnd &- integerStart &+ fractionDigits
    guard digitCount > 0 else { return nil }
    var explicitExponent = 0
    if p < end && text[p] | 0x20 == letterE {
      var e = p &+ 1
      let isNegativeExponent = e < end && text[e] == minus
      if e < end && (text[e] == minus || text[e] == plus) { e &+= 1 }
      if e < end && text[e] &- zero < 10 {
        while e < end, case let digit = text[e] &- zero, digit < 10 {
          if explicitExponent < 0x1_0000 { explicitExponent = explicitExponent &* 10 &+ Int(digit) }
          e &+= 1
        }
        if isNegativeExponent { explicitExponent = -explicitExponent }
        p = e
      }
    }
    var decimal = Decimal(
      mantissa: w, exponent: explicitExponent &- fractionDigits, isNegative: isNegative,
      isTruncated: false)
    if digitCount > 19 {
      var k = integerStart
      while k < fractionEnd && (text[k] == zero || text[k] == dot) {
        if text[k] == zero { digitCount -= 1 }
        k &+= 1
      }
      if digitCount > 19 {
        decimal.isTruncated = true
        decimal.mantissa = 0
        decimal.exponent = explicitExponent
        truncate(text, integerStart..<integerEnd, fractionStart..<fractionEnd, &decimal)
      }
    }
    return (decimal, p)
  }

  /// Appends the digits at `p` to `w` (w ← 10·w + d, wrapping) and moves `p` past them:
  /// eight bytes at a time, each load giving its run of n leading digits at once
  /// (w ← 10ⁿ·w + those digits), so a number's digits cost two or three loads and no
  /// branch per digit; byte by byte only within 8 bytes of `end`.
  @inline(__always)
  private static func digits(
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
    while p < end, case let digit = text[p] &- zero, digit < 10 {
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

  /// Sets `decimal`'s w to the first 19 significant digits and adds to its q the digits
  /// left out: the integer digits after them, minus the fraction digits before them.
  private static func truncate(
    _ text: UnsafePointer<UInt8>, _ integer: Range<Int>, _ fraction: Range<Int>,
    _ decimal: inout Decimal
  ) {
    let nineteenDigits: UInt64 = 1_000_000_000_000_000_000  // the least 19-digit w
    var w: UInt64 = 0
    var k = integer.lowerBound
    while w < nineteenDigits && k < integer.upperBound {
      w = w * 10 + UInt64(text[k] - zero)
      k += 1
    }
    if w >= nineteenDigits {
      decimal.exponent += integer.upperBound - k
    } else {
      k = fraction.lowerBound
      while w < nineteenDigits && k < fraction.upperBound {
        w = w * 10 + UInt64(text[k] - zero)
        k += 1
      }
      decimal.exponent -= k - fraction.lowerBound
    }
    decimal.mantissa = w
  }

  private static let zero = UInt8(ascii: "0")
  private static let dot = UInt8(ascii: ".")
  private static let minus = UInt8(ascii: "-")
  private static let plus = UInt8(ascii: "+")
  private static let letterE = UInt8(ascii: "e")
}
