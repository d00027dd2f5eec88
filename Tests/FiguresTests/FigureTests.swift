import Testing

@testable import Figures

@Suite("Figure protocol") struct FigureTests {
  static let figures: [any Figure] = [
    LineChart(title: "line", xAxis: Axis(), yAxis: Axis()),
    ScatterChart(title: "scatter", xAxis: Axis(), yAxis: Axis()),
    BarChart(title: "bars", yAxis: Axis(), categories: [], groups: []),
  ]

  @Test("every chart type, even empty, writes parseable SVG and a CSV ending in CRLF")
  func allChartsRender() {
    for figure in FigureTests.figures {
      #expect(parseXML(figure.svg()) != nil)
      #expect(figure.csv().hasSuffix("\r\n"))
    }
  }
}
