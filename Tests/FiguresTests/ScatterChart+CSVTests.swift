import Testing

@testable import Figures

@Suite("Scatter chart CSV") struct ScatterChartCSVTests {
  @Test("points and the ends of each straight line, as a long table with a kind column")
  func layout() {
    let chart = ScatterChart(
      title: "S", xAxis: Axis(), yAxis: Axis(),
      points: [PointSeries(name: "data", x: [0, 10], y: [1, 2])],
      lines: [FittedLine(name: "fit", slope: 0.5, intercept: 1)])
    #expect(
      chart.csv() == """
        series,kind,x,y\r
        data,point,0.0,1.0\r
        data,point,10.0,2.0\r
        fit,line,-0.5,0.75\r
        fit,line,10.5,6.25\r

        """)
  }

  @Test("a line given by points is written point by point")
  func pointLine() {
    let chart = ScatterChart(
      title: "S", xAxis: Axis(), yAxis: Axis(),
      lines: [FittedLine(name: "curve", x: [1, 2], y: [3, 4])])
    #expect(chart.csv() == "series,kind,x,y\r\ncurve,line,1.0,3.0\r\ncurve,line,2.0,4.0\r\n")
  }
}
