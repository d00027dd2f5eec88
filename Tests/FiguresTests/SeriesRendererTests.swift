import Testing

@testable import Figures

@Suite("Series renderer") struct SeriesRendererTests {
  let xMap = AxisMap(axis: Axis(), ticks: Ticks.linear(lower: 0, upper: 10), pixels: (0, 100))
  let yMap = AxisMap(axis: Axis(), ticks: Ticks.linear(lower: 0, upper: 10), pixels: (100, 0))

  @Test("runs break at every point that cannot be plotted and keep point indices")
  func runs() {
    let runs = SeriesRenderer.runs(
      x: [0, 1, 2, .nan, 4, 5, 6], y: [0, 1, .infinity, 3, 4, 5, 6], xMap: xMap, yMap: yMap)
    #expect(runs.map { $0.map(\.0) } == [[0, 1], [4, 5, 6]])
  }

  @Test("path data is M then L with two-decimal coordinates")
  func pathData() {
    #expect(SeriesRenderer.pathData([(1, 2.005), (3.333, 4)]) == "M1 2.01L3.33 4")
  }

  @Test("runs of a single point come back as lone points, not paths")
  func lonePoints() {
    let runs = SeriesRenderer.runs(x: [1, 2, 3], y: [1, .nan, 3], xMap: xMap, yMap: yMap)
    let drawn = SeriesRenderer.linePaths(
      runs, guardRect: Rect(x: -50, y: -50, width: 200, height: 200), attributes: [])
    #expect(drawn.paths.isEmpty)
    #expect(drawn.lonePoints.count == 2)
  }

  @Test("markers far outside the plot are left out")
  func markersNearPlotOnly() throws {
    let markup = SeriesRenderer.markers(
      [(10, 10), (500, 10)], shape: .circle, color: .blue,
      plot: Rect(x: 0, y: 0, width: 100, height: 100), seriesIndex: 0)
    let root = try #require(parseXML(markup))
    #expect(root.all(named: "circle").count == 1)
  }
}
