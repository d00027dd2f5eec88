import Testing

@testable import Figures

@Suite("Vertical markers") struct VerticalMarkerTests {
  static func chart(markers: [VerticalMarker]) -> LineChart {
    var chart = LineChart(
      title: "A long title that takes room", xAxis: Axis(title: "α", scale: .log),
      yAxis: Axis(title: "w"),
      series: [LineSeries(name: "w", x: [0.001, 0.01, 0.1, 1], y: [3, 2, 1, 0])])
    chart.verticalMarkers = markers
    return chart
  }

  @Test(
    "a label stays inside the canvas even for a marker at the plot's edge",
    arguments: [0.001, 1.0])
  func labelInsideCanvas(x: Double) throws {
    let marker = VerticalMarker(x: x, label: "a rather long marker label, α_max")
    let root = try tree(VerticalMarkerTests.chart(markers: [marker]))
    let label = try #require(root.all(class: "marker-label").first)
    let extent = try #require(textExtent(label, fontSize: Theme.markerLabelFontSize))
    let canvas = try canvas(root)
    #expect(extent.left >= 0 && extent.right <= canvas.width)
  }

  @Test("the label sits between the title and the plot area")
  func labelBetweenTitleAndPlot() throws {
    let root = try tree(
      VerticalMarkerTests.chart(markers: [VerticalMarker(x: 0.1, label: "chosen α")]))
    let label = try #require(root.all(class: "marker-label").first?.number("y"))
    let title = try #require(root.all(class: "title").last?.number("y"))
    let plot = try plotArea(root)
    // The label's y is its centre (dy = 0.35em); half a line of 13 px either side.
    #expect(label - 6.5 > title)
    #expect(label + 6.5 < plot.y)
  }

  @Test("the x range grows to include a marker outside the data")
  func rangeIncludesMarker() throws {
    let root = try tree(VerticalMarkerTests.chart(markers: [VerticalMarker(x: 100, label: "far")]))
    #expect(tickLabels(root, axis: "x").last == "102")
    #expect(root.all(class: "vertical").count == 1)
  }

  @Test("labels of nearby markers go in different rows and do not overlap")
  func nearbyLabelsStack() throws {
    let root = try tree(
      VerticalMarkerTests.chart(markers: [
        VerticalMarker(x: 0.1, label: "chosen α"), VerticalMarker(x: 0.12, label: "α_1se"),
      ]))
    let labels = root.all(class: "marker-label")
    #expect(labels.count == 2)
    let ys = Set(labels.compactMap { $0.number("y") })
    #expect(ys.count == 2)
  }

  @Test("a marker that cannot be placed on a log axis is not drawn")
  func unplottableMarker() throws {
    let root = try tree(VerticalMarkerTests.chart(markers: [VerticalMarker(x: 0, label: "zero")]))
    #expect(root.all(class: "marker-label").isEmpty)
    #expect(root.all(class: "vertical").isEmpty)
  }
}
