import Testing

@testable import Figures

@Suite("Line chart CSV") struct LineChartCSVTests {
  @Test("series sharing x values give a wide table headed by the x title")
  func wide() {
    let chart = LineChart(
      title: "W", xAxis: Axis(title: "alpha"), yAxis: Axis(),
      series: [
        LineSeries(name: "w1", x: [0.1, 1], y: [3, -0.0]),
        LineSeries(name: "w2", x: [0.1, 1], y: [.nan, 1e-5]),
      ])
    #expect(chart.csv() == "alpha,w1,w2\r\n0.1,3.0,\r\n1.0,0.0,1e-05\r\n")
  }

  @Test("series with different x values give a long series,x,y table")
  func long() {
    let chart = LineChart(
      title: "L", xAxis: Axis(), yAxis: Axis(),
      series: [
        LineSeries(name: "a", x: [1, 2], y: [3, 4]), LineSeries(name: "b, c", x: [5], y: [6]),
      ])
    #expect(chart.csv() == "series,x,y\r\na,1.0,3.0\r\na,2.0,4.0\r\n\"b, c\",5.0,6.0\r\n")
  }

  @Test("an empty chart writes just the long header; an empty series forces long form")
  func empty() {
    let none = LineChart(title: "E", xAxis: Axis(), yAxis: Axis())
    #expect(none.csv() == "series,x,y\r\n")
    let mixed = LineChart(
      title: "E", xAxis: Axis(), yAxis: Axis(),
      series: [LineSeries(name: "a", x: [1], y: [2]), LineSeries(name: "b", x: [], y: [])])
    #expect(mixed.csv() == "series,x,y\r\na,1.0,2.0\r\n")
  }

  @Test("the CSV holds exactly the plotted values: every field reads back to its value")
  func roundTrip() throws {
    let x = (0..<30).map { 0.1 * Double($0) }
    let y = x.map { $0 * $0 / 3 }
    let chart = LineChart(
      title: "R", xAxis: Axis(title: "x"), yAxis: Axis(),
      series: [LineSeries(name: "y", x: x, y: y)])
    let rows = chart.csv().split(separator: "\r\n").dropFirst().map { $0.split(separator: ",") }
    #expect(rows.count == 30)
    for (index, row) in rows.enumerated() {
      #expect(Double(String(row[0])) == x[index])
      #expect(Double(String(row[1])) == y[index])
    }
  }

  @Test("x values that are NaN in the same places still count as shared")
  func sharedNaN() {
    let chart = LineChart(
      title: "N", xAxis: Axis(), yAxis: Axis(),
      series: [
        LineSeries(name: "a", x: [1, .nan], y: [1, 2]),
        LineSeries(name: "b", x: [1, .nan], y: [3, 4]),
      ])
    #expect(chart.sharesX)
    #expect(chart.csv().hasPrefix("x,a,b\r\n"))
  }

  @Test("bands add lower and upper columns")
  func bandColumns() {
    let chart = LineChart(
      title: "B", xAxis: Axis(), yAxis: Axis(),
      series: [LineSeries(name: "cv", x: [1], y: [2], band: ErrorBand(lower: [1], upper: [3]))])
    #expect(chart.csv() == "x,cv,cv lower,cv upper\r\n1.0,2.0,1.0,3.0\r\n")
  }

  @Test("extra values of the longer of x and y are left out, as in the picture")
  func truncation() {
    let chart = LineChart(
      title: "T", xAxis: Axis(), yAxis: Axis(),
      series: [LineSeries(name: "a", x: [1, 2, 3], y: [4, 5])])
    #expect(chart.csv() == "x,a\r\n1.0,4.0\r\n2.0,5.0\r\n")
  }
}
