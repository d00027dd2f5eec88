import Foundation

/// One axis of a chart: its title, scale and optional fixed range.
///
///     var alpha = Axis(title: "α (log scale)", scale: .log)
///     alpha.isReversed = true  // large α on the left, as path plots often show it
///
/// The range is computed from the data unless `range` is set: the data's range widened
/// by 5 % of its span on each side (in log₁₀ on a log axis), as matplotlib's default
/// margins, with nice ticks (steps of 1, 2 or 5 · 10ᵏ; decades on a log axis) inside it.
/// In a bar chart a side at 0 forced by `includesZero` is not widened, so bars stand on
/// the axis.
public struct Axis: Sendable, Equatable {
  /// How values are placed along the axis.
  public enum Scale: Sendable, Equatable {
    /// Position proportional to the value.
    case linear
    /// Position proportional to log₁₀ of the value; values ≤ 0 cannot be shown and
    /// become gaps.
    case log
  }

  /// The axis title; say the units and the scale here, e.g. `"α (log scale)"`.
  public var title: String
  /// Linear or log₁₀.
  public var scale: Scale
  /// A fixed domain. `nil` (the default) computes it from the data. On a log axis a
  /// range that is not positive is ignored.
  public var range: ClosedRange<Double>?
  /// Whether the computed range must contain 0 (ignored on log axes).
  public var includesZero: Bool
  /// Whether values grow from right to left (x) or top to bottom (y).
  public var isReversed: Bool
  /// Whether a 0 forced by `includesZero` ends the range without a margin (bars stand
  /// on the axis); set by `BarChart`.
  var zeroIsSticky = false

  /// Creates an axis.
  /// - Parameters:
  ///   - title: The axis title, with units or scale (`"test MSE"`, `"α (log scale)"`).
  ///   - scale: `.linear` (default) or `.log`.
  ///   - range: A fixed domain, or `nil` to fit the data.
  ///   - includesZero: Whether a computed range must contain 0.
  ///   - isReversed: Whether the axis runs backwards.
  public init(
    title: String = "", scale: Scale = .linear, range: ClosedRange<Double>? = nil,
    includesZero: Bool = false, isReversed: Bool = false
  ) {
    self.title = title
    self.scale = scale
    self.range = range
    self.includesZero = includesZero
    self.isReversed = isReversed
  }

  /// Whether `value` can be placed on this axis: finite, and positive on a log axis.
  func canPlot(_ value: Double) -> Bool {
    value.isFinite && (scale == .linear || value > 0)
  }

  /// The ticks and domain for data spanning `values` (non-plottable values ignored).
  ///
  /// With no plottable value the domain defaults to 0…1 (linear) or 1…10 (log).
  func ticks(for values: [Double]) -> TickSet {
    if let range, canPlot(range.lowerBound), canPlot(range.upperBound) {
      return scale == .log
        ? Ticks.log(lower: range.lowerBound, upper: range.upperBound, fixed: true)
        : Ticks.linear(lower: range.lowerBound, upper: range.upperBound, fixed: true)
    }
    var low = Double.infinity
    var high = -Double.infinity
    for value in values where canPlot(value) {
      low = min(low, value)
      high = max(high, value)
    }
    if scale == .linear && includesZero {
      low = min(low, 0)
      high = max(high, 0)
    }
    guard low <= high else {
      return scale == .log ? Ticks.log(lower: 1, upper: 10) : Ticks.linear(lower: 0, upper: 1)
    }
    if scale == .log {
      let (a, b) = Ticks.logRange(low, high)
      let margin = Axis.margin * (log10(b) - log10(a))
      return Ticks.log(lower: a / pow(10, margin), upper: b * pow(10, margin), fixed: true)
    }
    let (a, b) = Ticks.linearRange(low, high)
    let margin = Axis.margin * (b - a)
    let stickyLow = includesZero && zeroIsSticky && a == 0
    let stickyHigh = includesZero && zeroIsSticky && b == 0
    return Ticks.linear(
      lower: stickyLow ? a : a - margin, upper: stickyHigh ? b : b + margin, fixed: true)
  }

  /// The share of the data's span added on each side of a computed range.
  static let margin = 0.05
}

extension Axis {
  /// Ticks over exactly the range of `values` (no margin), or the axis' fixed range: for
  /// grids, whose cells or contours reach the grid's edge.
  func tightTicks(for values: [Double]) -> TickSet {
    if range != nil { return ticks(for: []) }
    let plotted = values.filter(canPlot)
    guard let low = plotted.min(), let high = plotted.max(), high > low else {
      return ticks(for: plotted)
    }
    return scale == .log
      ? Ticks.log(lower: low, upper: high, fixed: true)
      : Ticks.linear(lower: low, upper: high, fixed: true)
  }
}
