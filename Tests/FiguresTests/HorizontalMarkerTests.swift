import Testing

@testable import Figures

@Suite("Horizontal markers") struct HorizontalMarkerTests {
  @Test("the y range grows to include the line, and its label is drawn inside the plot")
  func rangeAndLabel() throws {
    var chart = LineChart(
      title: "Reference", xAxis: Axis(), yAxis: Axis(),
      series: [LineSeries(name: "s", x: [0, 1], y: [0, 1])])
    chart.horizontalMarkers.append(HorizontalMarker(y: 3, label: "noise level"))
    let root = try tree(chart)
    #expect(tickLabels(root, axis: "y").last == "3")
    let label = try #require(root.all(class: "reference-label").first)
    let plot = try plotArea(root)
    let y = try #require(label.number("y"))
    #expect(plot.contains(try #require(label.number("x")), y))
    #expect(label.allText == "noise level")
  }

  @Test("the label sits 8 px in from the chosen end, anchored at that end")
  func labelEnds() throws {
    var chart = LineChart(
      title: "Reference", xAxis: Axis(), yAxis: Axis(),
      series: [LineSeries(name: "s", x: [0, 1], y: [0, 1])])
    chart.horizontalMarkers = [
      HorizontalMarker(y: 0.5, label: "right"),
      HorizontalMarker(y: 0.25, label: "left", labelEnd: .left),
    ]
    let root = try tree(chart)
    let plot = try plotArea(root)
    let labels = root.all(class: "reference-label")
    let right = try #require(labels.first { $0.allText == "right" })
    let left = try #require(labels.first { $0.allText == "left" })
    #expect(right.attributes["text-anchor"] == "end")
    // Coordinates are written to 0.01 px.
    #expect(abs(try #require(right.number("x")) - (plot.maxX - 8)) <= 0.01)
    #expect(left.attributes["text-anchor"] == "start")
    #expect(abs(try #require(left.number("x")) - (plot.x + 8)) <= 0.01)
  }

  @Test("defaults are a grey dotted line")
  func defaults() {
    let marker = HorizontalMarker(y: 1)
    #expect(marker.color == .gray && marker.dash == .dotted && marker.label.isEmpty)
    #expect(marker.labelEnd == .right)
  }
}
