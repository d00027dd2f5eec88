import Foundation
import Testing

@testable import Figures

@Suite("Axis") struct AxisTests {
  @Test("a linear axis plots every finite value, a log axis only positive ones")
  func canPlot() {
    let linear = Axis()
    let log = Axis(scale: .log)
    #expect(linear.canPlot(-3) && linear.canPlot(0))
    #expect(!linear.canPlot(.nan) && !linear.canPlot(.infinity))
    #expect(log.canPlot(1e-300) && !log.canPlot(0) && !log.canPlot(-1))
  }

  @Test("with no plottable value the range is 0…1 (linear) or 1…10 (log)")
  func defaultRanges() {
    let linear = Axis().ticks(for: [.nan, .infinity])
    #expect(linear.lower == 0 && linear.upper == 1)
    let log = Axis(scale: .log).ticks(for: [0, -2])
    #expect(log.lower == 1 && log.upper == 10)
  }

  @Test("gaps are ignored when the range is computed")
  func gapsIgnored() {
    let ticks = Axis(scale: .log).ticks(for: [0, -5, 10, 1000, .nan])
    // 10…1000 widened by 5 % of its two decades on each side: 10^0.9 … 10^3.1.
    #expect(abs(ticks.lower - pow(10, 0.9)) < 1e-9 && abs(ticks.upper - pow(10, 3.1)) < 1e-6)
  }

  @Test("a computed range is the data's widened by 5 % of its span, ticks inside it")
  func margins() {
    let ticks = Axis().ticks(for: [-0.09, 84.4])
    #expect(abs(ticks.lower - (-0.09 - 0.05 * 84.49)) < 1e-9)
    #expect(abs(ticks.upper - (84.4 + 0.05 * 84.49)) < 1e-9)
    #expect(ticks.major.allSatisfy { $0.value >= ticks.lower && $0.value <= ticks.upper })
  }

  @Test("includesZero stretches the range to 0")
  func includesZero() {
    let ticks = Axis(includesZero: true).ticks(for: [3, 7])
    // 0…7 with its 5 % margin; only a bar chart's zero is kept at the axis end.
    #expect(abs(ticks.lower - -0.35) < 1e-12 && ticks.major.first?.value == 0)
  }

  @Test("a fixed range is used as given; a non-positive one is ignored on a log axis")
  func fixedRange() {
    let fixed = Axis(range: 0.5...2.5).ticks(for: [100])
    #expect(fixed.lower == 0.5 && fixed.upper == 2.5)
    let ignored = Axis(scale: .log, range: -1...10).ticks(for: [0.1, 1])
    #expect(
      abs(ignored.lower - pow(10, -1.05)) < 1e-12 && abs(ignored.upper - pow(10, 0.05)) < 1e-12)
  }
}
