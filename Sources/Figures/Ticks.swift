import Foundation

/// One labelled tick: its value on the axis and its label.
struct Tick: Equatable, Sendable {
  var value: Double
  var label: TickLabel
}

/// The ticks of one axis and the domain they cover.
struct TickSet: Equatable, Sendable {
  /// The axis domain: the data range, widened to the outer ticks unless it was fixed.
  var lower: Double
  var upper: Double
  /// Labelled ticks, with grid lines.
  var major: [Tick]
  /// Unlabelled short ticks (log axes: 2·10ᵏ … 9·10ᵏ).
  var minor: [Double]
}

/// Tick placement for linear and log₁₀ axes.
enum Ticks {
  /// Relative slack used when comparing tick positions with the domain's ends.
  static let slack = 1e-9

  /// Nice linear ticks: multiples of a step `s = m · 10ᵏ` with `m ∈ {1, 2, 5}`.
  ///
  /// Among the candidate steps the one with the lowest score wins:
  ///
  ///     score = (span of the ticks / span of the data − 1) + 0.05 · |n − 6|
  ///             + 10 + |n − 6|      when n ∉ 4…8
  ///
  /// so the ticks waste little room and there are 4–8 of them. A degenerate range
  /// (`lower == upper`) is widened by 10 % of its value (±1 around zero); non-finite
  /// ends give 0…1.
  /// - Parameters:
  ///   - lower: The smallest value to show.
  ///   - upper: The largest value to show.
  ///   - fixed: Keep `lower…upper` as the domain (ticks inside it) instead of widening
  ///     it to the outer ticks.
  static func linear(lower: Double, upper: Double, fixed: Bool = false) -> TickSet {
    let (low, high) = linearRange(lower, upper)
    let span = high - low
    let magnitude = Int(floor(log10(span)))
    var best: (score: Double, step: (Int64, Int), first: Int64, last: Int64)?
    for exponent in (magnitude - 2)...(magnitude + 1) {
      for mantissa: Int64 in [1, 2, 5] {
        let step = NumberFormatting.decimal(mantissa, exponent)
        let lowIndex = fixed ? ceil(low / step - slack) : floor(low / step + slack)
        let highIndex = fixed ? floor(high / step + slack) : ceil(high / step - slack)
        guard abs(lowIndex) < 1e14, abs(highIndex) < 1e14 else { continue }
        let count = highIndex - lowIndex + 1
        let waste = fixed ? 0 : (highIndex - lowIndex) * step / span - 1
        var score = waste + 0.05 * abs(count - 6)
        if count < 4 || count > 8 { score += 10 + abs(count - 6) }
        if count < 2 { score += 1000 }
        if best == nil || score < best?.score ?? .infinity {
          best = (score, (mantissa, exponent), Int64(lowIndex), Int64(highIndex))
        }
      }
    }
    guard let best else {
      return TickSet(lower: low, upper: high, major: [], minor: [])
    }
    let (mantissa, exponent) = best.step
    let largest = max(abs(Double(best.first)), abs(Double(best.last))) * Double(mantissa)
    let scientific = exponent < -4 || largest * NumberFormatting.power10(exponent) >= 1e6
    let ticks = (best.first...best.last).map { index in
      let value = NumberFormatting.decimal(index * mantissa, exponent)
      let label = TickLabel.decimal(
        mantissa: index * mantissa, exponent: exponent, scientific: scientific)
      return Tick(value: value == 0 ? 0 : value, label: label)
    }
    if fixed { return TickSet(lower: low, upper: high, major: ticks, minor: []) }
    let first = ticks.first?.value ?? low
    let last = ticks.last?.value ?? high
    return TickSet(lower: first, upper: last, major: ticks, minor: [])
  }

  /// A usable linear range: ordered, finite, not degenerate.
  static func linearRange(_ lower: Double, _ upper: Double) -> (Double, Double) {
    guard lower.isFinite, upper.isFinite else { return (0, 1) }
    let limit = 1e300
    var low = max(-limit, min(lower, upper))
    var high = min(limit, max(lower, upper))
    if high - low <= max(abs(low), abs(high)) * 1e-12 {
      let center = (low + high) / 2
      let half = center == 0 ? 1 : abs(center) * 0.1
      low = center - half
      high = center + half
    }
    return (low, high)
  }
}
