import Testing

@testable import Figures

@Suite("Point series") struct PointSeriesTests {
  @Test("count is the shorter of x and y; styles default to the palette")
  func defaults() {
    let points = PointSeries(name: "p", x: [1, 2, 3], y: [4])
    #expect(points.count == 1)
    #expect(points.color == nil && points.marker == nil)
  }
}
