import LessonKit

/// A number without padding zeros, for parameters and grid values:
/// `compact(50) == "50"`, `compact(0.5) == "0.5"`, `compact(1e-4) == "1e-04"`.
func compact(_ value: Double) -> String {
  let text = NumberFormat.readable(value)
  guard let exponent = text.firstIndex(of: "e") else { return trimmingZeros(text) }
  return trimmingZeros(String(text[..<exponent])) + text[exponent...]
}

/// `"50.00"` → `"50"`, `"0.5000"` → `"0.5"`; text without a point is returned unchanged.
func trimmingZeros(_ text: String) -> String {
  guard text.contains(".") else { return text }
  var trimmed = text
  while trimmed.hasSuffix("0") { trimmed.removeLast() }
  if trimmed.hasSuffix(".") { trimmed.removeLast() }
  return trimmed
}

/// Scientific notation with `digits` digits after the point: `sci(0.00123) == "1.2e-03"`.
func sci(_ value: Double, _ digits: Int = 1) -> String { NumberFormat.scientific(value, digits) }
