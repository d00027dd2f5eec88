import Testing

@testable import Figures

@Suite("Chart renderer: text") struct ChartRendererTextTests {
  @Test("a chart with nothing to draw says so in the plot; one with data does not")
  func noDataNote() throws {
    let empty = LineChart(
      title: "E", xAxis: Axis(), yAxis: Axis(scale: .log),
      series: [LineSeries(name: "all gaps", x: [1, 2], y: [0, -1])])
    let root = try tree(empty)
    let note = try #require(root.all(class: "no-data").first)
    #expect(note.allText == "no data")
    #expect(try plotArea(root).contains(note.number("x") ?? -1, note.number("y") ?? -1))
    let full = LineChart(
      title: "F", xAxis: Axis(), yAxis: Axis(), series: [LineSeries(name: "s", x: [1], y: [1])])
    #expect(try tree(full).all(class: "no-data").isEmpty)
    let bars = BarChart(title: "B", yAxis: Axis(), categories: ["a"], groups: [])
    #expect(try tree(bars).all(class: "no-data").count == 1)
  }

  @Test("a marker label is joined to its line by a connector from the plot's top edge")
  func connector() throws {
    var chart = LineChart(
      title: "C", xAxis: Axis(), yAxis: Axis(),
      series: [LineSeries(name: "s", x: [0, 10], y: [0, 1])])
    chart.verticalMarkers.append(VerticalMarker(x: 4, label: "chosen"))
    let root = try tree(chart)
    let connector = try #require(root.all(class: "marker-connector").first)
    let line = try #require(root.all(class: "vertical").first)
    let plot = try plotArea(root)
    #expect(connector.number("x1") == line.number("x1"))
    #expect(connector.number("y1") == plot.y)
    #expect((connector.number("y2") ?? .infinity) < plot.y)
  }

  @Test("every title line is centred on the same x and stacked downward")
  func titleLines() throws {
    let chart = LineChart(
      title: Array(repeating: "penalty", count: 20).joined(separator: " "), xAxis: Axis(),
      yAxis: Axis())
    let lines = try tree(chart).all(class: "title")
    #expect(lines.count > 1)
    #expect(Set(lines.compactMap { $0.number("x") }).count == 1)
    let ys = lines.compactMap { $0.number("y") }
    #expect(ys == ys.sorted() && Set(ys).count == ys.count)
  }
}
