/// The text of one tick label: plain text, optionally followed by a superscript.
///
/// Decimal labels are built from an integer mantissa and a power of ten, never from a
/// `Double`, so a tick at 0.3 reads `0.3` and not `0.30000000000000004`.
struct TickLabel: Equatable, Sendable {
  /// The text on the baseline, e.g. `"0.25"`, `"10"` or `"2×10"`.
  var text: String
  /// The raised part, e.g. `"−3"` in 10⁻³; `nil` for a plain number.
  var superscript: String?

  /// The label in plain Unicode, the exponent in superscript characters: `"10⁻³"`.
  var plain: String {
    guard let superscript else { return text }
    return text + String(superscript.map { TickLabel.superscriptDigits[$0] ?? $0 })
  }

  private static let superscriptDigits: [Character: Character] = [
    "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷",
    "8": "⁸", "9": "⁹", "\u{2212}": "⁻",
  ]

  /// The label of the decade 10^k: `"10"` with the superscript `k` (Unicode minus).
  static func decade(_ exponent: Int) -> TickLabel {
    TickLabel(text: "10", superscript: signed(exponent))
  }

  /// The label of `mantissa · 10^exponent`.
  ///
  /// Plain decimal notation (`"0.002"`, `"1500"`), or with `scientific` the form
  /// `d.dd×10ⁿ` (`"2×10⁻⁵"`, `"10⁶"` when the mantissa is 1). Negative values get the
  /// Unicode minus sign.
  static func decimal(mantissa: Int64, exponent: Int, scientific: Bool) -> TickLabel {
    if mantissa == 0 { return TickLabel(text: "0") }
    var digits = mantissa.magnitude
    var power = exponent
    while digits % 10 == 0 {
      digits /= 10
      power += 1
    }
    let sign = mantissa < 0 ? NumberFormatting.minus : ""
    let digitString = String(digits)
    if scientific {
      let leading = power + digitString.count - 1
      let fraction = digitString.dropFirst()
      let head = fraction.isEmpty ? String(digitString) : "\(digitString.prefix(1)).\(fraction)"
      let text = head == "1" ? "\(sign)10" : "\(sign)\(head)×10"
      return TickLabel(text: text, superscript: signed(leading))
    }
    if power >= 0 {
      return TickLabel(text: sign + digitString + String(repeating: "0", count: power))
    }
    let body = NumberFormatting.decimalString(Int64(digits), fractionDigits: -power)
    return TickLabel(text: sign + body)
  }

  private static func signed(_ value: Int) -> String {
    value < 0 ? NumberFormatting.minus + String(-value) : String(value)
  }
}
