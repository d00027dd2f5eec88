import Testing

@testable import Figures

@Suite("Axis renderer") struct AxisRendererTests {
  @Test("a log axis gets a short tick at each 2…9 · 10ᵏ and a long one at each decade")
  func minorTicks() throws {
    let chart = LineChart(
      title: "Minor", xAxis: Axis(scale: .log), yAxis: Axis(),
      series: [LineSeries(name: "s", x: [1, 100], y: [0, 1])])
    let root = try tree(chart)
    let ticks = try #require(root.all(class: "ticks").first).all(named: "line")
    let plot = try plotArea(root)
    let xTicks = ticks.filter { $0.number("y1") == plot.maxY && $0.number("x1") == $0.number("x2") }
    let lengths = xTicks.compactMap { line in line.number("y2").map { $0 - plot.maxY } }
    #expect(lengths.filter { $0 == Theme.tickLength }.count == 3)
    // 1…100 widened by 5 %: 10^−0.1…10^2.1 ≈ 0.79…126, so 0.8, 0.9, 2…9, 20…90: 18.
    #expect(lengths.filter { $0 == Theme.minorTickLength }.count == 18)
  }

  @Test("tick labels of y are right-aligned left of the axis")
  func yLabels() throws {
    let chart = LineChart(
      title: "Y", xAxis: Axis(), yAxis: Axis(),
      series: [LineSeries(name: "s", x: [0, 1], y: [0, 1])])
    let root = try tree(chart)
    let plot = try plotArea(root)
    for label in root.all(class: "tick-label") where label.classes.contains("y") {
      #expect(label.attributes["text-anchor"] == "end")
      #expect((label.number("x") ?? .infinity) < plot.x)
    }
  }

  @Test("category axes put one tick between bands and one label per labelled band")
  func categories() throws {
    let chart = BarChart(
      title: "Bars", yAxis: Axis(), categories: ["a", "b", "c"],
      groups: [BarGroup(name: "g", values: [1, 2, 3])])
    let root = try tree(chart)
    #expect(tickLabels(root, axis: "x") == ["a", "b", "c"])
    let plot = try plotArea(root)
    let ticks = try #require(root.all(class: "ticks").first).all(named: "line").filter {
      $0.number("y1") == plot.maxY && $0.number("y2") == plot.maxY + Theme.tickLength
    }
    #expect(ticks.count == 4)
  }
}
