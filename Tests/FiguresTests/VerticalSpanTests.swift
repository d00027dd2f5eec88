import Testing

@testable import Figures

@Suite("Vertical spans") struct VerticalSpanTests {
  static func chart() -> LineChart {
    var chart = LineChart(
      title: "S", xAxis: Axis(scale: .log), yAxis: Axis(),
      series: [LineSeries(name: "a", x: [1, 10, 100], y: [0, 1, 2])])
    chart.spans = [VerticalSpan(from: 30, to: 3, label: "claim holds")]
    return chart
  }

  @Test("a span is one rect under the series, between its ends, labelled above the plot")
  func drawn() throws {
    let root = try tree(VerticalSpanTests.chart())
    let span = try #require(root.all(class: "span").first)
    let data = try #require(root.all(class: "data").first)
    let order = data.descendants.map { $0.classes }
    let spanIndex = try #require(order.firstIndex { $0.contains("span") })
    let seriesIndex = try #require(order.firstIndex { $0.contains("series") })
    #expect(spanIndex < seriesIndex)
    let plot = try plotArea(root)
    #expect(span.number("y") == plot.y && span.number("height") == plot.height)
    #expect(root.all(class: "marker-label").first?.allText == "claim holds")
    #expect(VerticalSpan(from: 30, to: 3).from == 3)
    // On a log axis the label sits over the geometric middle, √(3·30).
    #expect(abs(VerticalSpan(from: 3, to: 30).middle(on: .log) - 90.0.squareRoot()) < 1e-12)
  }
}

@Suite("Line styles") struct LineStyleTests {
  @Test("steps add one corner per gap (after, before) or two (middle)")
  func steps() {
    let run: [(Int, Point)] = [(0, (0, 0)), (1, (10, 5)), (2, (20, 5))]
    let after = SeriesRenderer.stepped(run, .stepAfter).map(\.1)
    #expect(after.map(\.x) == [0, 10, 10, 20, 20] && after.map(\.y) == [0, 0, 5, 5, 5])
    let before = SeriesRenderer.stepped(run, .stepBefore).map(\.1)
    #expect(before.map(\.x) == [0, 0, 10, 10, 20] && before.map(\.y) == [0, 5, 5, 5, 5])
    #expect(SeriesRenderer.stepped(run, .stepMiddle).count == 7)
    #expect(SeriesRenderer.stepped(run, .linear).count == 3)
  }

  @Test("a grouped legend has one entry per group; markers-only draws no path")
  func legendGroupAndMarkersOnly() throws {
    var series = (0..<4).map { LineSeries(name: "x\($0)", x: [0, 1], y: [0, 0]) }
    for index in 1..<4 { series[index].legendGroup = "3 uninformative, all 0" }
    series[0].drawsLine = false
    series[0].markers = .all
    let chart = LineChart(title: "", xAxis: Axis(), yAxis: Axis(), series: series)
    let root = try tree(chart)
    let legend = try #require(root.all(class: "legend").first)
    #expect(legend.all(named: "text").map(\.allText) == ["x0", "3 uninformative, all 0"])
    let first = try #require(root.all(class: "series").first { $0.attributes["data-name"] == "x0" })
    #expect(first.all(class: "line").isEmpty && !first.all(class: "markers").isEmpty)
    // The CSV keeps every series.
    #expect(chart.csv().hasPrefix("x,x0,x1,x2,x3\r\n"))
  }

  @Test("layer sets the draw order; the legend and CSV keep series order")
  func layer() throws {
    var chart = LineChart(
      title: "", xAxis: Axis(), yAxis: Axis(),
      series: [
        LineSeries(name: "a", x: [0, 1], y: [0, 1]), LineSeries(name: "b", x: [0, 1], y: [1, 0]),
      ])
    chart.series[1].layer = -1
    let root = try tree(chart)
    #expect(root.all(class: "series").map { $0.attributes["data-name"] } == ["b", "a"])
    #expect(chart.csv().hasPrefix("x,a,b\r\n"))
  }

  @Test("every chart of the default size has the same canvas width")
  func canvasWidth() throws {
    let narrow = LineChart(
      title: "", xAxis: Axis(), yAxis: Axis(), series: [LineSeries(name: "a", x: [0], y: [0])])
    var wide = narrow
    wide.series[0].name = "a much longer legend entry than the other"
    #expect(try canvas(tree(narrow)).width == Theme.canvasWidth)
    #expect(try canvas(tree(wide)).width == Theme.canvasWidth)
  }

  @Test("the zero line is drawn only when 0 lies well inside the domain")
  func zeroLine() throws {
    let inside = LineChart(
      title: "", xAxis: Axis(), yAxis: Axis(),
      series: [LineSeries(name: "a", x: [-1, 1], y: [-1, 1])])
    let atEdge = LineChart(
      title: "", xAxis: Axis(), yAxis: Axis(),
      series: [LineSeries(name: "a", x: [0, 10], y: [0, 10])])
    #expect(try tree(inside).all(class: "zero-line").first?.all(named: "line").count == 2)
    #expect(try tree(atEdge).all(class: "zero-line").first?.all(named: "line").count == 0)
  }
}
