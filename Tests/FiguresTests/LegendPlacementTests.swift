import Testing

@testable import Figures

@Suite("Legend placement") struct LegendPlacementTests {
  /// A rising line through the bottom-left to the top-right corner.
  static func chart(_ placement: LegendPlacement, y: [Double]) -> LineChart {
    var chart = LineChart(
      title: "Placement", xAxis: Axis(), yAxis: Axis(),
      series: [LineSeries(name: "data", x: [0, 1, 2, 3, 4], y: y)])
    chart.legend = placement
    return chart
  }

  @Test("insideIfEmpty uses a free corner inside the plot, touching no data")
  func insideFreeCorner() throws {
    let chart = LegendPlacementTests.chart(.insideIfEmpty, y: [0, 1, 2, 3, 4])
    let root = try tree(chart)
    let legend = try #require(root.all(class: "legend-box").first.flatMap(rect(of:)))
    let plot = try plotArea(root)
    #expect(plot.contains(legend.x, legend.y) && plot.contains(legend.maxX, legend.maxY))
    for line in root.all(class: "line") {
      let points = pathPoints(line).map { (x: $0.0, y: $0.1) }
      #expect(!Geometry.polyline(points, touches: legend))
    }
    let outside = try tree(LegendPlacementTests.chart(.right, y: [0, 1, 2, 3, 4]))
    // Same canvas width for every chart: the plot gets the room the legend leaves.
    #expect(try canvas(root).width == canvas(outside).width)
    #expect(try plotArea(root).width > plotArea(outside).width)
  }

  @Test("insideIfEmpty falls back to the right when every corner has data")
  func fallsBackToRight() throws {
    let chart = LegendPlacementTests.chart(.insideIfEmpty, y: [4, 0, 2, 0, 4])
    var zigzag = chart
    zigzag.series.append(LineSeries(name: "other", x: [0, 1, 2, 3, 4], y: [0, 4, 2, 4, 0]))
    let root = try tree(zigzag)
    let legend = try #require(root.all(class: "legend-box").first.flatMap(rect(of:)))
    #expect(legend.x > (try plotArea(root)).maxX)
  }

  @Test("hidden draws no legend")
  func hidden() throws {
    let root = try tree(LegendPlacementTests.chart(.hidden, y: [0, 1, 2, 3, 4]))
    #expect(root.all(class: "legend").isEmpty)
  }
}

extension LegendPlacementTests {
  @Test("insideIfEmpty keeps clear of a horizontal reference line's label")
  func avoidsReferenceLabel() throws {
    // A falling line leaves the top-right corner free but for the label, drawn just
    // below where the legend would sit (3.42 is about 58 px under the plot's top).
    var chart = LegendPlacementTests.chart(.insideIfEmpty, y: [4, 3, 2, 1, 0])
    chart.horizontalMarkers.append(HorizontalMarker(y: 3.42, label: "a long reference label"))
    let root = try tree(chart)
    let legend = try #require(root.all(class: "legend-box").first.flatMap(rect(of:)))
    let label = try #require(root.all(class: "reference-label").first)
    let extent = try #require(textExtent(label, fontSize: Theme.markerLabelFontSize))
    let labelY = try #require(label.number("y"))
    let box = Rect(
      x: extent.left, y: labelY - Theme.markerLabelFontSize, width: extent.right - extent.left,
      height: Theme.markerLabelFontSize)
    #expect(!legend.intersects(box))
  }
}
