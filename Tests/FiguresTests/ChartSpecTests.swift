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
}
