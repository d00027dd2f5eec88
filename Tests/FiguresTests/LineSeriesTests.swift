import Testing

@testable import Figures

@Suite("Line series") struct LineSeriesTests {
  @Test("count is the shorter of x and y")
  func count() {
    #expect(LineSeries(name: "s", x: [1, 2, 3], y: [1, 2]).count == 2)
    #expect(LineSeries(name: "s", x: [], y: [1]).count == 0)
  }

  @Test("styles default to the palette and markers to automatic")
  func defaults() {
    let series = LineSeries(name: "s", x: [], y: [])
    #expect(series.color == nil && series.dash == nil && series.marker == nil)
    #expect(series.markers == .automatic && series.band == nil)
  }
}
