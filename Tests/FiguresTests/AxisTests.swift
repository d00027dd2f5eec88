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
    #expect(ticks.lower == 10 && ticks.upper == 1000)
  }

  @Test("includesZero stretches the range to 0")
  func includesZero() {
    let ticks = Axis(includesZero: true).ticks(for: [3, 7])
    #expect(ticks.lower == 0)
  }

  @Test("a fixed range is used as given; a non-positive one is ignored on a log axis")
  func fixedRange() {
    let fixed = Axis(range: 0.5...2.5).ticks(for: [100])
    #expect(fixed.lower == 0.5 && fixed.upper == 2.5)
    let ignored = Axis(scale: .log, range: -1...10).ticks(for: [0.1, 1])
    #expect(ignored.lower == 0.1 && ignored.upper == 1)
  }
}
