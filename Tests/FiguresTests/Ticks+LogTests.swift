import Foundation
import Testing

@testable import Figures

@Suite("Log ticks") struct TicksLogTests {
  @Test("labels are exactly the decades in range, each 10 with a raised exponent")
  func decadesOnly() {
    let ticks = Ticks.log(lower: 1e-3, upper: 10)
    #expect(ticks.major.map(\.label.plain) == ["10⁻³", "10⁻²", "10⁻¹", "10⁰", "10¹"])
    // Exact: decades are exact powers of ten computed by division.
    #expect(ticks.major.map(\.value) == [1e-3, 1e-2, 1e-1, 1, 10])
  }

  @Test("minor ticks sit at 2…9 · 10ᵏ, unlabelled, eight per full decade")
  func minorTicks() {
    let ticks = Ticks.log(lower: 1, upper: 100)
    #expect(ticks.minor.count == 16)
    #expect(ticks.minor.first == 2 && ticks.minor.last == 90)
  }

  @Test("the domain is widened to the nearest m·10ᵏ, not to whole decades")
  func domainRounding() {
    let ticks = Ticks.log(lower: 0.35, upper: 270)
    #expect(ticks.lower == 0.3)
    #expect(ticks.upper == 300)
    #expect(ticks.major.map(\.label.plain) == ["10⁰", "10¹", "10²"])
  }

  @Test("a range of less than two decades falls back to labelled 1-2-5 ticks")
  func shortRangeFallback() {
    let ticks = Ticks.log(lower: 0.5, upper: 5)
    #expect(ticks.major.map(\.label.plain) == ["0.5", "1", "2", "5"])
  }

  @Test("a very short range labels every m·10ᵏ in it")
  func veryShortRange() {
    let ticks = Ticks.log(lower: 2.1, upper: 4.9)
    #expect(ticks.major.map(\.label.plain) == ["2", "3", "4", "5"])
  }

  @Test(
    "every range gets at least two labels",
    arguments: [(1.0, 1.0), (2.0, 3.0), (0.9, 1.1), (7.0, 70.0), (1e-8, 1.0), (3e-5, 4e-5)])
  func atLeastTwoLabels(lower: Double, upper: Double) {
    #expect(Ticks.log(lower: lower, upper: upper).major.count >= 2)
    #expect(Ticks.log(lower: lower, upper: upper, fixed: true).major.count >= 2)
  }

  @Test("many decades are thinned to at most eight labels, always including 10⁰")
  func manyDecades() {
    let ticks = Ticks.log(lower: 1e-20, upper: 1e5)
    #expect(ticks.major.count <= Ticks.maximumDecadeLabels)
    #expect(ticks.major.contains { $0.value == 1 })
  }

  @Test("a constant value gets the decades around it")
  func constant() {
    let inside = Ticks.log(lower: 3, upper: 3)
    #expect(inside.lower == 1 && inside.upper == 10)
    let decade = Ticks.log(lower: 100, upper: 100)
    #expect(decade.lower == 10 && decade.upper == 1000)
  }

  @Test("non-positive or non-finite ends fall back to 1…10")
  func invalidRange() {
    let ticks = Ticks.log(lower: -1, upper: 0)
    #expect(ticks.lower == 1 && ticks.upper == 10)
  }

  @Test(
    "ranges at the ends of the double range give finite ticks (1e308…1e308 crashed)",
    arguments: [(1.5e308, 1.5e308), (1e305, 1e308), (1e-310, 1e-310), (5e-324, 1e-300)])
  func extremeRanges(lower: Double, upper: Double) {
    let ticks = Ticks.log(lower: lower, upper: upper)
    #expect(ticks.lower.isFinite && ticks.upper.isFinite && ticks.lower > 0)
    #expect(ticks.lower < ticks.upper)
    #expect(ticks.major.allSatisfy { $0.value.isFinite })
  }
}
