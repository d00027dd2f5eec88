import Foundation

/// Locale-independent number formatting for SVG markup.
///
/// Foundation's formatters follow the user's locale (a comma for the decimal point in
/// many of them), and `Double.description` switches to exponent form for large and
/// small values; neither is right for coordinates. Everything here works on integers, so
/// the same value always gives the same bytes on every machine.
enum NumberFormatting {
  /// `value` rounded to `decimals` places (half away from zero), trailing zeros dropped.
  ///
  ///     fixed(12.345) == "12.35",  fixed(3.0) == "3",  fixed(-0.001) == "0"
  ///
  /// Non-finite input gives `"0"`: callers filter gaps out before they get here, so this
  /// only keeps a programming error from ever writing `nan` into the markup.
  static func fixed(_ value: Double, decimals: Int = 2) -> String {
    guard value.isFinite else { return "0" }
    let places = max(0, min(decimals, 9))
    let factor = Double(integerPower(10, places))
    let scaled = (value * factor).rounded(.toNearestOrAwayFromZero)
    // Beyond 2^53 a Double has no fractional digits left to print.
    guard abs(scaled) < 9.0e15 else { return String(Int64(value.rounded())) }
    let magnitude = Int64(abs(scaled))
    if magnitude == 0 { return "0" }
    return (scaled < 0 ? "-" : "") + decimalString(magnitude, fractionDigits: places)
  }

  /// The decimal digits of `integer · 10^(−fractionDigits)`, trailing zeros and a bare
  /// point removed: `decimalString(1250, fractionDigits: 3) == "1.25"`.
  static func decimalString(_ integer: Int64, fractionDigits: Int) -> String {
    var digits = String(integer)
    guard fractionDigits > 0 else { return digits }
    if digits.count <= fractionDigits {
      digits = String(repeating: "0", count: fractionDigits - digits.count + 1) + digits
    }
    let split = digits.index(digits.endIndex, offsetBy: -fractionDigits)
    var fraction = String(digits[split...])
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let whole = String(digits[..<split])
    return fraction.isEmpty ? whole : whole + "." + fraction
  }

  /// `base^exponent` for small non-negative exponents, exactly.
  static func integerPower(_ base: Int64, _ exponent: Int) -> Int64 {
    var result: Int64 = 1
    for _ in 0..<max(0, exponent) { result *= base }
    return result
  }

  /// `mantissa · 10^exponent` as the correctly rounded `Double`.
  ///
  /// Dividing by an exact power of ten (10^k is exact in a `Double` up to k = 22) rounds
  /// once, so `decimal(3, -1)` is the `Double` nearest 0.3, not `3 · 0.1 =
  /// 0.30000000000000004`.
  static func decimal(_ mantissa: Int64, _ exponent: Int) -> Double {
    if exponent >= 0 {
      return Double(mantissa) * power10(exponent)
    }
    return Double(mantissa) / power10(-exponent)
  }

  /// `10^k` for an integer `k`: exact for |k| ≤ 22 (the powers of ten a `Double` holds
  /// exactly; the negative ones by one correctly rounded division), `pow` beyond.
  static func power10(_ exponent: Int) -> Double {
    if (0...22).contains(exponent) { return exactPowers[exponent] }
    if (-22..<0).contains(exponent) { return 1 / exactPowers[-exponent] }
    return pow(10, Double(exponent))
  }

  private static let exactPowers: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  /// The Unicode minus sign (U+2212), used in labels instead of the ASCII hyphen.
  static let minus = "\u{2212}"
}
