import Foundation

/// Which values a `ContourChart` draws lines at.
public enum ContourLevels: Sendable, Equatable {
  /// Nice levels chosen like matplotlib's `contour(levels=n)`: `MaxNLocator(n + 1)`
  /// picks the smallest step `s = m·10ᵏ`, `m ∈ {1, 2, 2.5, 5, 10}`, with at most `n + 1`
  /// intervals over the data range, and the multiples of `s` strictly inside the range
  /// are drawn.
  case automatic(count: Int)
  /// Exactly these values (those outside the data range draw nothing).
  case values([Double])

  /// matplotlib's default, `levels=7`.
  public static let standard = ContourLevels.automatic(count: 7)

  /// The levels for data spanning `lower…upper`.
  func resolved(lower: Double, upper: Double) -> [Double] {
    switch self {
    case .values(let values):
      return values.filter(\.isFinite).sorted()
    case .automatic(let count):
      guard lower.isFinite, upper.isFinite, upper > lower else { return [] }
      let step = ContourLevels.step(span: upper - lower, bins: max(1, count) + 1)
      let first = Int((lower / step).rounded(.down))
      let last = Int((upper / step).rounded(.up))
      guard last - first < 10_000 else { return [] }
      return (first...last).map { Double($0) * step }.filter { $0 > lower && $0 < upper }
    }
  }

  /// The smallest nice step that splits `span` into at most `bins` intervals.
  static func step(span: Double, bins: Int) -> Double {
    let raw = span / Double(bins)
    let magnitude = pow(10, floor(log10(raw)))
    for mantissa in [1, 2, 2.5, 5, 10] where mantissa * magnitude >= raw * (1 - 1e-12) {
      return mantissa * magnitude
    }
    return 10 * magnitude
  }

  /// A level's label: up to four significant digits, Unicode minus.
  static func label(_ value: Double) -> String {
    if value == 0 { return "0" }
    var text = String(format: "%.4g", value)
    if text.hasPrefix("-") { text = NumberFormatting.minus + text.dropFirst() }
    return text
  }
}
