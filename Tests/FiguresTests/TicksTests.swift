import Foundation
import Testing

@testable import Figures

@Suite("Linear ticks") struct TicksTests {
  @Test(
    "nice ticks for a table of ranges",
    arguments: [
      (0.0, 1.0, [0, 0.2, 0.4, 0.6, 0.8, 1]),
      (0.0, 100.0, [0, 20, 40, 60, 80, 100]),
      (-3.7, 12.2, [-5, 0, 5, 10, 15]),
      (0.001, 0.0093, [0, 0.002, 0.004, 0.006, 0.008, 0.01]),
      (1e6, 5e6, [1e6, 2e6, 3e6, 4e6, 5e6]),
      (-1.0, 1.0, [-1, -0.5, 0, 0.5, 1]),
      (0.95, 1.05, [0.94, 0.96, 0.98, 1, 1.02, 1.04, 1.06]),
    ])
  func table(lower: Double, upper: Double, expected: [Double]) {
    let ticks = Ticks.linear(lower: lower, upper: upper)
    // Exact: tick values are built as integer · 10ᵏ, correctly rounded.
    #expect(ticks.major.map(\.value) == expected)
    #expect(ticks.lower == expected.first)
    #expect(ticks.upper == expected.last)
  }

  /// Ranges spread over many magnitudes and offsets (deterministic).
  static let sweep: [(Double, Double)] = (0..<400).map { index in
    let magnitude = pow(10, Double(index % 13) - 6)
    let low = (Double(index % 7) - 3) * magnitude * 0.37
    let span = magnitude * (0.5 + Double(index % 19) / 3.1)
    return (low, low + span)
  }

  @Test("every range gets 4 to 8 ticks in steps of 1, 2 or 5 · 10ᵏ covering the data")
  func sweepProperties() {
    for (low, high) in TicksTests.sweep {
      let ticks = Ticks.linear(lower: low, upper: high)
      let values = ticks.major.map(\.value)
      #expect((4...8).contains(values.count), "range \(low)…\(high): \(values)")
      #expect(ticks.lower <= low && ticks.upper >= high, "range \(low)…\(high)")
      guard values.count > 1 else { continue }
      let step = values[1] - values[0]
      // The step is a difference of two rounded ticks: allow for 0.1 − ε before flooring.
      let exponent = floor(log10(step) + 1e-9)
      let mantissa = (step / pow(10, exponent)).rounded()
      #expect([1, 2, 5].contains(mantissa), "step \(step)")
    }
  }

  @Test("labels are short: no 0.30000000000000004 noise anywhere in the sweep")
  func labelsHaveNoNoise() {
    for (low, high) in TicksTests.sweep {
      for tick in Ticks.linear(lower: low, upper: high).major {
        #expect(tick.label.plain.count <= 10, "label \(tick.label.plain)")
      }
    }
  }

  @Test("a constant range is widened by 10 % of its value, or to ±1 around zero")
  func constantRange() {
    let five = Ticks.linear(lower: 5, upper: 5)
    #expect(five.lower <= 4.5 && five.upper >= 5.5)
    #expect(five.major.count >= 4)
    let zero = Ticks.linear(lower: 0, upper: 0)
    #expect(zero.lower == -1 && zero.upper == 1)
  }

  @Test("non-finite ends fall back to 0…1")
  func nonFiniteRange() {
    let ticks = Ticks.linear(lower: .nan, upper: .infinity)
    #expect(ticks.lower == 0 && ticks.upper == 1)
  }

  @Test("a fixed range keeps its ends and puts every tick inside it")
  func fixedRange() {
    let ticks = Ticks.linear(lower: 0.31, upper: 0.77, fixed: true)
    #expect(ticks.lower == 0.31 && ticks.upper == 0.77)
    #expect(ticks.major.allSatisfy { (0.31...0.77).contains($0.value) })
    #expect(ticks.major.count >= 2)
  }

  @Test("ticks beyond a million or below 10⁻⁴ steps are written as m×10ⁿ")
  func scientificLabels() {
    let large = Ticks.linear(lower: 1e6, upper: 5e6)
    #expect(large.major.map(\.label.plain) == ["10⁶", "2×10⁶", "3×10⁶", "4×10⁶", "5×10⁶"])
    let small = Ticks.linear(lower: 0, upper: 4e-6)
    #expect(small.major.last?.label.plain == "4×10⁻⁶")
  }
}
