import Foundation

/// Formats numbers for the terminal story, the same on every machine (no locale).
public enum NumberFormat {
  /// `value` with `digits` digits after the point: `fixed(0.12345, 3) == "0.123"`.
  public static func fixed(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return nonFinite(value) }
    let text = String(format: "%.\(digits)f", value)
    return isNegativeZero(text) ? String(text.dropFirst()) : text
  }

  /// `value` in scientific notation with `digits` significant digits after the first:
  /// `scientific(0.000123, 2) == "1.23e-04"`.
  public static func scientific(_ value: Double, _ digits: Int = 2) -> String {
    guard value.isFinite else { return nonFinite(value) }
    return String(format: "%.\(digits)e", value)
  }

  /// A compact, readable form with about `significant` significant digits: fixed notation
  /// for magnitudes in [1e-3, 1e5), scientific outside, and `0` for zero.
  public static func readable(_ value: Double, significant: Int = 4) -> String {
    guard value.isFinite else { return nonFinite(value) }
    if value == 0 { return "0" }
    let magnitude = abs(value)
    if magnitude >= 1e-3 && magnitude < 1e5 {
      let digitsBeforePoint = Int(floor(log10(magnitude))) + 1
      return fixed(value, max(0, significant - digitsBeforePoint))
    }
    return scientific(value, max(0, significant - 1))
  }

  /// A parameter as a person would write it: `5`, `0.1`, `0.001`, `1e-06` (C's `%g`: six
  /// significant digits, no trailing zeros).
  public static func plain(_ value: Double) -> String {
    guard value.isFinite else { return nonFinite(value) }
    let text = String(format: "%g", value)
    return isNegativeZero(text) ? String(text.dropFirst()) : text
  }

  /// `readable(_:)` without padding zeros, for parameters and grid values:
  /// `compact(50) == "50"`, `compact(0.5) == "0.5"`, `compact(1e-4) == "1e-04"`.
  public static func compact(_ value: Double, significant: Int = 4) -> String {
    let text = readable(value, significant: significant)
    guard let exponent = text.firstIndex(of: "e") else { return trimmingZeros(text) }
    return trimmingZeros(String(text[..<exponent])) + text[exponent...]
  }

  /// `"50.00"` → `"50"`, `"0.5000"` → `"0.5"`; text without a point is returned unchanged.
  public static func trimmingZeros(_ text: String) -> String {
    guard text.contains(".") else { return text }
    var trimmed = text
    while trimmed.hasSuffix("0") { trimmed.removeLast() }
    if trimmed.hasSuffix(".") { trimmed.removeLast() }
    return trimmed
  }

  /// Numbers as `a, b, c`, each formatted by `format` (`compact` by default).
  public static func list(
    _ values: [Double], _ format: (Double) -> String = { compact($0) }
  ) -> String {
    values.map(format).joined(separator: ", ")
  }

  private static func nonFinite(_ value: Double) -> String {
    value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞")
  }

  private static func isNegativeZero(_ text: String) -> Bool {
    text.hasPrefix("-") && text.dropFirst().allSatisfy { $0 == "0" || $0 == "." }
  }
}
