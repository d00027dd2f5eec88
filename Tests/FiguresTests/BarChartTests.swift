import Testing

@testable import Figures

@Suite("Bar chart") struct BarChartTests {
  @Test("bars are at least 6 px wide: many bars widen the plot")
  func minimumBarWidth() {
    let chart = BarChart(
      title: "Many", yAxis: Axis(), categories: (0..<100).map { "c\($0)" },
      groups: (0..<3).map { BarGroup(name: "g\($0)", values: []) })
    // 300 bars · 6 px / 0.8 = 2250 px.
    #expect(chart.effectivePlotWidth == 2250)
    let few = BarChart(title: "Few", yAxis: Axis(), categories: ["a"], groups: [])
    #expect(few.effectivePlotWidth == few.plotWidth)
  }

  @Test("groups take palette colours unless given one")
  func colours() {
    let chart = BarChart(
      title: "C", yAxis: Axis(), categories: ["a"],
      groups: [BarGroup(name: "a", values: []), BarGroup(name: "b", values: [], color: .black)])
    #expect(chart.color(ofGroupAt: 0) == Palette.color(at: 0))
    #expect(chart.color(ofGroupAt: 1) == .black)
  }

  @Test("the default description names the value axis, the categories and the groups")
  func description() {
    let chart = BarChart(
      title: "W", yAxis: Axis(title: "weight"), categories: ["a", "b"],
      groups: [BarGroup(name: "true", values: []), BarGroup(name: "lasso", values: [])])
    #expect(
      chart.resolvedDescription == "Bar chart “W”: weight for 2 categories in groups true, lasso.")
  }
}
