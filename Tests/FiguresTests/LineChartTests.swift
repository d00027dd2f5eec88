import Testing

@testable import Figures

@Suite("Line chart") struct LineChartTests {
  @Test("series take palette styles by index unless overridden")
  func styles() {
    let chart = LineChart(
      title: "S", xAxis: Axis(), yAxis: Axis(),
      series: [
        LineSeries(name: "a", x: [], y: []),
        LineSeries(name: "b", x: [], y: [], color: .black, dash: .dotted, marker: .plus),
      ])
    #expect(
      chart.style(ofSeriesAt: 0) == (
        Palette.color(at: 0), Palette.dash(at: 0), Palette.marker(at: 0)
      ))
    #expect(chart.style(ofSeriesAt: 1) == (.black, .dotted, .plus))
  }

  @Test("the default description names the axes, the log scale and the series")
  func defaultDescription() {
    var chart = LineChart(
      title: "Paths", xAxis: Axis(title: "alpha", scale: .log), yAxis: Axis(title: "w"),
      series: [LineSeries(name: "w1", x: [], y: []), LineSeries(name: "", x: [], y: [])])
    chart.verticalMarkers.append(VerticalMarker(x: 0.5, label: "chosen"))
    #expect(
      chart.resolvedDescription
        == "Line chart “Paths”: w against alpha (log scale), 2 series (w1, series 2). "
        + "Vertical lines: chosen at x = 0.5.")
  }

  @Test("a caller's description is used as given")
  func callerDescription() throws {
    let chart = LineChart(title: "T", description: "custom", xAxis: Axis(), yAxis: Axis())
    #expect(chart.resolvedDescription == "custom")
    #expect(try tree(chart).all(named: "desc").first?.text == "custom")
  }

  @Test("the plot size defaults to 600 × 360 and sets the plot area")
  func plotSize() throws {
    var chart = LineChart(title: "T", xAxis: Axis(), yAxis: Axis())
    #expect(chart.plotWidth == 600 && chart.plotHeight == 360)
    chart.plotWidth = 300
    #expect(try plotArea(tree(chart)).width == 300)
  }

  @Test("a series can be left out of the legend and is still drawn")
  func outOfLegend() throws {
    var contour = LineSeries(name: "level 1", x: [0, 1], y: [1, 0])
    contour.showsInLegend = false
    let chart = LineChart(
      title: "L", xAxis: Axis(), yAxis: Axis(),
      series: [LineSeries(name: "data", x: [0, 1], y: [0, 1]), contour])
    let root = try tree(chart)
    #expect(root.all(class: "legend-swatch").count == 1)
    #expect(root.all(class: "series").count == 2)
  }
}
