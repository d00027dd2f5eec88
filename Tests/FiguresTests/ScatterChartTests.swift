import Testing

@testable import Figures

@Suite("Scatter chart") struct ScatterChartTests {
  static let chart = ScatterChart(
    title: "Fits", xAxis: Axis(title: "x"), yAxis: Axis(title: "y"),
    points: [PointSeries(name: "data", x: [0, 1, 2], y: [0, 1, 2])],
    lines: [
      FittedLine(name: "MSE", slope: 1, intercept: 0),
      FittedLine(name: "L1", slope: 1.1, intercept: 0),
    ])

  @Test("lines take the colours after the points' and dash patterns from solid on")
  func lineStyles() {
    #expect(ScatterChartTests.chart.style(ofLineAt: 0) == (Palette.color(at: 1), .solid))
    #expect(ScatterChartTests.chart.style(ofLineAt: 1) == (Palette.color(at: 2), .dashed))
    #expect(ScatterChartTests.chart.style(ofPointsAt: 0) == (Palette.color(at: 0), .circle))
  }

  @Test("the default description lists the point sets and the lines")
  func description() {
    #expect(
      ScatterChartTests.chart.resolvedDescription
        == "Scatter chart “Fits”: y against x; data (3 points); lines: MSE, L1.")
  }
}
