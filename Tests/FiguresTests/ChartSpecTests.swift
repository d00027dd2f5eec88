import Foundation
import Testing

@testable import Figures

@Suite("Chart spec") struct ChartSpecTests {
  static func spec(series: Int, legend: LegendPlacement) -> ChartSpec {
    var chart = LineChart(
      title: "S", xAxis: Axis(), yAxis: Axis(),
      series: (0..<series).map { LineSeries(name: "\($0)", x: [0], y: [0]) })
    chart.legend = legend
    return chart.chartSpec()
  }

  @Test("there is no legend when it is hidden or has no entries")
  func noLegend() {
    #expect(ChartSpecTests.spec(series: 3, legend: .hidden).legend == nil)
    #expect(ChartSpecTests.spec(series: 0, legend: .right).legend == nil)
    #expect(ChartSpecTests.spec(series: 3, legend: .right).legend?.entries.count == 3)
  }

  @Test("a numeric x axis has a tick set, a category axis none")
  func xTicks() {
    #expect(ChartSpecTests.spec(series: 1, legend: .right).xTicks != nil)
    let bars = BarChart(title: "B", yAxis: Axis(), categories: ["a"], groups: [])
    #expect(bars.chartSpec().xTicks == nil)
  }

  @Test("equal scale makes one unit equally long on both axes")
  func equalScale() throws {
    let angles = (0...72).map { Double($0) * .pi / 36 }
    var chart = LineChart(
      title: "Unit circle", xAxis: Axis(), yAxis: Axis(),
      series: [LineSeries(name: "‖w‖₂ = 1", x: angles.map(cos), y: angles.map(sin))])
    chart.equalScale = true
    let layout = ChartLayout(chart.chartSpec().withEqualScale())
    let x = try #require(layout.x)
    let xUnit = try #require(x.position(1)) - #require(x.position(0))
    let yUnit = try #require(layout.y.position(0)) - #require(layout.y.position(1))
    // Tolerance: a few roundings of pixel positions of size ~500.
    #expect(abs(xUnit - yUnit) < 1e-9)
    #expect(try plotArea(tree(chart)).width == layout.plot.width)
  }

  @Test("equal scale on log axes makes a decade equally long on both")
  func equalScaleLog() throws {
    let spec = LineChart(
      title: "Log", xAxis: Axis(scale: .log), yAxis: Axis(scale: .log),
      series: [LineSeries(name: "s", x: [1, 1e4], y: [1, 100])]
    ).chartSpec().withEqualScale()
    let layout = ChartLayout(spec)
    let x = try #require(layout.x)
    let xDecade = try #require(x.position(10)) - #require(x.position(1))
    let yDecade = try #require(layout.y.position(1)) - #require(layout.y.position(10))
    // Tolerance: log10 and a few roundings of pixel positions of size ~500.
    #expect(abs(xDecade - yDecade) < 1e-9)
  }
}
