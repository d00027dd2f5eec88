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
