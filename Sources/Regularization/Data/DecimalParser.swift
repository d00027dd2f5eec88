/// Decimal text to the nearest `Double`, without building a `String`: the fast number
/// reader behind `CSVDataset`, bit-identical to `Double(String)` wherever it answers.
///
/// The text `[+-] digits [. digits] [(e|E) [+-] digits]` (at least one mantissa digit, so
/// `5.` and `.5` are numbers, as `Double(String)` reads them) is the decimal
///
///     ±w · 10^q,   w the significant digits as an integer, q the exponent minus the
///                  number of fraction digits
///
/// and its nearest double is found in one of two ways:
///
/// - Clinger's fast path: if w ≤ 2⁵³ and |q| ≤ 22, both w and 10^|q| are exact doubles, so
///   one IEEE multiplication or division, correctly rounded, is the answer.
/// - Otherwise the Eisel–Lemire step (`eiselLemire`): w times a 128-bit approximation of
///   5^q, which Mushtak and Lemire proved always enough for up to 19 digits.
///
/// With more than 19 significant digits, w keeps the first 19 (truncated, so the true
/// value lies in [w, w + 1) · 10^q); if w and w + 1 give the same double, that is the
/// answer. Anything else — hex floats, `inf`, `nan`, other text, or truncated digits
/// whose two candidates differ — returns `nil`, meaning "not sure": the caller asks
/// `Double(String)`, which is always right, and slow.
///
/// References: D. Lemire, "Number Parsing at a Gigabyte per Second", Software: Practice and
/// Experience 51(8), 2021; N. Mushtak and D. Lemire, "Fast number parsing without
/// fallback", Software: Practice and Experience 53(7), 2023; the fast_float library
/// (https://github.com/fastfloat/fast_float); W. D. Clinger, "How to Read Floating Point
/// Numbers Accurately", PLDI 1990.
enum DecimalParser {
  /// A number as its text writes it: `±mantissa · 10^exponent`.
  struct Decimal: Equatable {
    /// w: the significant digits, at most 19 of them.
    var mantissa: UInt64
    /// q: the power of ten.
    var exponent: Int
    var isNegative: Bool
    /// Whether digits after the 19th were dropped (then w ≤ true digits < w + 1).
    var isTruncated: Bool
  }

  /// The double nearest to all of `text`, or `nil` if not sure (see the type's summary).
  static func parse(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
    guard let base = text.baseAddress, let (decimal, end) = scan(base, from: 0, to: text.count),
      end == text.count
    else { return nil }
    return value(of: decimal)
  }

  /// The double nearest to `decimal`, or `nil` if truncation leaves it undecided.
  @inline(__always)
  static func value(of decimal: Decimal) -> Double? {
    let w = decimal.mantissa
    let q = decimal.exponent
    // The sign is or-ed into the bits, without a branch (signs in data are a coin toss).
    let sign = UInt64(decimal.isNegative ? 1 : 0) &<< 63
    if !decimal.isTruncated && w <= 1 << 53 && -22 <= q && q <= 22 {
      let magnitude = q < 0 ? Double(w) / exactPowersOfTen[-q] : Double(w) * exactPowersOfTen[q]
      return Double(bitPattern: magnitude.bitPattern | sign)
    }
    return eiselLemireValue(of: decimal, sign: sign)
  }

  /// `value(of:)` past Clinger's fast path, kept out of line so the fast path inlines small.
  @inline(never)
  static func eiselLemireValue(of decimal: Decimal, sign: UInt64) -> Double? {
    let bits = eiselLemire(decimal.mantissa, decimal.exponent)
    if decimal.isTruncated && eiselLemire(decimal.mantissa + 1, decimal.exponent) != bits {
      return nil
    }
    return Double(bitPattern: bits | sign)
  }

  /// 10⁰ … 10²², every one exact in a double (10²² = 2²² · 5²², and 5²² < 2⁵³).
  static let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]
}
