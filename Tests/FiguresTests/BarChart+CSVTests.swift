import Testing

@testable import Figures

@Suite("Bar chart CSV") struct BarChartCSVTests {
  @Test("one row per category, one column per group, missing values empty")
  func table() {
    let chart = BarChart(
      title: "B", xTitle: "feature", yAxis: Axis(), categories: ["x1", "x,2"],
      groups: [BarGroup(name: "true", values: [1, -0.5]), BarGroup(name: "lasso", values: [0.9])])
    #expect(chart.csv() == "feature,true,lasso\r\nx1,1.0,0.9\r\n\"x,2\",-0.5,\r\n")
  }

  @Test("without an x title the first column is called category")
  func defaultHeader() {
    let chart = BarChart(title: "B", yAxis: Axis(), categories: [], groups: [])
    #expect(chart.csv() == "category\r\n")
  }
}
