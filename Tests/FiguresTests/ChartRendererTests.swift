import Testing

@testable import Figures

@Suite("Chart renderer") struct ChartRendererTests {
  static let chart = LineChart(
    title: "Order", xAxis: Axis(title: "x"), yAxis: Axis(title: "y"),
    series: [LineSeries(name: "s", x: [-1, 0, 1], y: [-1, 0, 1])])

  @Test("paint order: background, grid, data, axes, titles, legend")
  func paintOrder() throws {
    let root = try tree(ChartRendererTests.chart)
    let top = try #require(root.all(class: "line-chart").first).children.map(\.classes)
    let order = ["background", "grid", "data", "axes", "title", "legend"].map { name in
      top.firstIndex { $0.contains(name) } ?? -1
    }
    #expect(order.allSatisfy { $0 >= 0 })
    #expect(order == order.sorted())
  }

  @Test("a linear domain that straddles zero gets a zero line on both axes")
  func zeroLines() throws {
    let root = try tree(ChartRendererTests.chart)
    #expect(root.all(class: "zero-line").first?.children.count == 2)
  }

  @Test("grid lines sit at the major ticks")
  func gridAtTicks() throws {
    let root = try tree(ChartRendererTests.chart)
    let grid = try #require(root.all(class: "grid").first)
    let lines = grid.all(named: "line").count
    let ticks = tickLabels(root, axis: "x").count + tickLabels(root, axis: "y").count
    #expect(lines == ticks)
  }

  @Test("the y axis title is rotated and centred on the plot")
  func yTitle() throws {
    let root = try tree(ChartRendererTests.chart)
    let title = try #require(root.all(class: "axis-title").first { $0.classes.contains("y") })
    #expect(title.attributes["transform"]?.hasPrefix("rotate(-90") == true)
    let plot = try plotArea(root)
    // Tolerance: coordinates are written with two decimals.
    #expect(abs((title.number("y") ?? 0) - (plot.y + plot.height / 2)) < 0.01)
  }
}
