import Testing

@testable import Figures

@Suite("Chart layout: placement") struct ChartLayoutPlacementTests {
  let map = AxisMap(axis: Axis(), ticks: Ticks.linear(lower: 0, upper: 10), pixels: (100, 600))

  @Test("labels far apart share row 0, centred on their lines")
  func separateLabels() {
    let placed = ChartLayout.placeMarkerLabels(
      [VerticalMarker(x: 2, label: "a"), VerticalMarker(x: 8, label: "b")], x: map,
      canvasWidth: 700)
    #expect(placed.map(\.row) == [0, 0])
    // Exact: 2 maps to 100 + 0.2 · 500 = 200 with no clamping needed.
    #expect(placed.first?.center == 200)
  }

  @Test("overlapping labels move to the next row, keeping 8 px apart within a row")
  func overlappingLabels() {
    let markers = (0..<3).map { VerticalMarker(x: 5 + Double($0) * 0.1, label: "label \($0)") }
    let placed = ChartLayout.placeMarkerLabels(markers, x: map, canvasWidth: 700)
    #expect(Set(placed.map(\.row)).count == 3)
  }

  @Test("a label near the canvas edge is shifted inside, padding included")
  func clamped() throws {
    let placed = ChartLayout.placeMarkerLabels(
      [VerticalMarker(x: 10, label: "a label much too wide to centre")], x: map,
      canvasWidth: 620)
    let label = try #require(placed.first)
    let half = TextMetrics.width(of: label.text, fontSize: Theme.markerLabelFontSize) / 2
    // Tolerance: the clamp computes the same sum the check does, up to rounding.
    #expect(label.center + half <= 620 - Theme.padding + 1e-9)
  }

  @Test("a marker outside the axis range gets no label")
  func outsideRange() {
    let placed = ChartLayout.placeMarkerLabels(
      [VerticalMarker(x: 50, label: "beyond"), VerticalMarker(x: 5, label: "inside")], x: map,
      canvasWidth: 700)
    #expect(placed.map(\.text) == ["inside"])
  }

  @Test("markers with empty labels take no row")
  func emptyLabels() {
    let placed = ChartLayout.placeMarkerLabels(
      [VerticalMarker(x: 5, label: "")], x: map, canvasWidth: 700)
    #expect(placed.isEmpty)
  }

  @Test("freeCorner returns the top-right corner when the data keep to the bottom left")
  func freeCornerTopRight() throws {
    var chart = LineChart(
      title: "C", xAxis: Axis(), yAxis: Axis(),
      series: [LineSeries(name: "low", x: [0, 1, 2], y: [0, 0.1, 0])])
    chart.series.append(LineSeries(name: "high", x: [0, 0.2], y: [10, 10]))
    let spec = chart.chartSpec()
    let layout = ChartLayout(spec, legend: nil)
    let legend = try #require(spec.legend)
    let corner = try #require(layout.freeCorner(for: legend, spec: spec))
    #expect(corner.maxX > layout.plot.x + layout.plot.width / 2)
    #expect(corner.y < layout.plot.y + layout.plot.height / 2)
  }

  @Test("a reference line, light and under the data, may pass behind an inside legend")
  func markersDoNotBlockCorners() throws {
    var chart = LineChart(
      title: "C", xAxis: Axis(), yAxis: Axis(),
      series: [LineSeries(name: "s", x: [0, 10], y: [5, 5])])
    chart.verticalMarkers = [VerticalMarker(x: 0.3, label: ""), VerticalMarker(x: 9.7, label: "")]
    let spec = chart.chartSpec()
    let legend = try #require(spec.legend)
    #expect(ChartLayout(spec, legend: nil).freeCorner(for: legend, spec: spec) != nil)
  }
}
