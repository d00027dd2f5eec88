import Foundation

extension Ticks {
  /// The most decade labels a log axis shows; beyond it every k-th decade is labelled.
  static let maximumDecadeLabels = 8

  /// Ticks for a log₁₀ axis.
  ///
  /// Labelled ticks at the decades 10ᵏ inside the domain, with unlabelled minor ticks at
  /// 2·10ᵏ … 9·10ᵏ. When the domain holds fewer than two decades, the labels fall back
  /// to the 1-2-5 sequence (or to every m·10ᵏ, m = 1…9, if that gives fewer than three),
  /// so an axis always has at least two labels. Unless `fixed`, the domain is widened
  /// outward to the nearest m·10ᵏ. A degenerate range `v…v` becomes the surrounding
  /// decades; non-positive or non-finite ends give 1…10.
  static func log(lower: Double, upper: Double, fixed: Bool = false) -> TickSet {
    var (low, high) = logRange(lower, upper)
    if !fixed {
      low = roundedToMantissa(low, upward: false)
      high = roundedToMantissa(high, upward: true)
    }
    let firstDecade = Int(ceil(log10(low) - slack))
    let lastDecade = Int(floor(log10(high) + slack))
    let decades = lastDecade >= firstDecade ? Array(firstDecade...lastDecade) : []
    if decades.count >= 2 {
      return decadeTicks(low, high, decades)
    }
    return fallbackTicks(low, high)
  }

  /// Decades labelled (every `stride`-th one when there are many), the rest minor.
  private static func decadeTicks(_ low: Double, _ high: Double, _ decades: [Int]) -> TickSet {
    let stride = (decades.count + maximumDecadeLabels - 1) / maximumDecadeLabels
    var major: [Tick] = []
    var minor: [Double] = []
    for decade in decades {
      let value = NumberFormatting.power10(decade)
      if decade % stride == 0 {
        major.append(Tick(value: value, label: .decade(decade)))
      } else {
        minor.append(value)
      }
    }
    if decades.count <= 12 {
      for decade in (decades[0] - 1)...decades[decades.count - 1] {
        for mantissa: Int64 in 2...9 {
          let value = NumberFormatting.decimal(mantissa, decade)
          if contains(low, high, value) { minor.append(value) }
        }
      }
    }
    return TickSet(lower: low, upper: high, major: major, minor: minor.sorted())
  }

  /// Labels at m·10ᵏ for short ranges (less than two decades).
  private static func fallbackTicks(_ low: Double, _ high: Double) -> TickSet {
    let firstDecade = Int(floor(log10(low) + slack))
    let lastDecade = Int(floor(log10(high) + slack))
    var candidates: [(mantissa: Int64, exponent: Int)] = []
    for decade in firstDecade...lastDecade {
      for mantissa: Int64 in 1...9 { candidates.append((mantissa, decade)) }
    }
    let inside = candidates.filter {
      contains(low, high, NumberFormatting.decimal($0.mantissa, $0.exponent))
    }
    let oneTwoFive = inside.filter { [1, 2, 5].contains($0.mantissa) }
    let labelled = oneTwoFive.count >= 3 ? oneTwoFive : inside
    // Only a fixed domain narrower than one mantissa step gets here: use linear ticks.
    if labelled.count < 2 { return linear(lower: low, upper: high, fixed: true) }
    let scientific = firstDecade < -4 || lastDecade >= 6
    let major = labelled.map {
      Tick(
        value: NumberFormatting.decimal($0.mantissa, $0.exponent),
        label: .decimal(mantissa: $0.mantissa, exponent: $0.exponent, scientific: scientific))
    }
    let minor = inside.filter { candidate in
      !labelled.contains { $0 == candidate }
    }.map { NumberFormatting.decimal($0.mantissa, $0.exponent) }
    return TickSet(lower: low, upper: high, major: major, minor: minor)
  }

  /// A usable positive range for a log axis.
  static func logRange(_ lower: Double, _ upper: Double) -> (Double, Double) {
    guard lower.isFinite, upper.isFinite, lower > 0, upper > 0 else { return (1, 10) }
    // Both ends inside [1e-300, 1e300], so that the decades around a degenerate range
    // (10^(k±1)) stay finite even for values near the largest double.
    let low = min(1e300, max(1e-300, min(lower, upper)))
    let high = max(1e-300, min(1e300, max(lower, upper)))
    if high / low < 1 + 1e-9 {
      let decade = log10(low)
      let below = Int(floor(decade + slack))
      let isDecade = abs(decade - Double(below)) < 1e-9
      return (
        NumberFormatting.power10(isDecade ? below - 1 : below),
        NumberFormatting.power10(below + 1)
      )
    }
    return (low, high)
  }

  /// `value` rounded outward to the nearest m·10ᵏ with m an integer 1…10.
  static func roundedToMantissa(_ value: Double, upward: Bool) -> Double {
    let decade = Int(floor(log10(value) + slack))
    let scaled = value / NumberFormatting.power10(decade)
    let mantissa = upward ? ceil(scaled - slack) : floor(scaled + slack)
    return NumberFormatting.decimal(Int64(max(1, min(10, mantissa))), decade)
  }

  /// Whether `value` lies in `low…high`, with a relative slack for rounding.
  static func contains(_ low: Double, _ high: Double, _ value: Double) -> Bool {
    value >= low * (1 - slack) && value <= high * (1 + slack)
  }
}
