import Testing

@testable import Figures

@Suite("Sub- and superscript markup") struct RichTextTests {
  @Test("w_{j} is w, then j lowered in a smaller tspan, and the shift is undone")
  func subscriptShifts() throws {
    let chart = LineChart(
      title: "w_{j} shrinks", xAxis: Axis(title: "α_{max}"), yAxis: Axis(title: "10^{-4}"),
      series: [LineSeries(name: "w_{1}", x: [1, 2], y: [1, 2])])
    let root = try tree(chart)
    let title = try #require(root.all(class: "title").first)
    let spans = title.all(named: "tspan")
    #expect(spans.count == 2)
    #expect(spans.first?.attributes["class"] == "sub")
    let down = try #require(spans.first?.number("dy"))
    let back = try #require(spans.last?.number("dy"))
    #expect(down > 0 && abs(down + back) < 1e-9)
    let yTitle = try #require(root.all(class: "axis-title").first { $0.classes.contains("y") })
    #expect(yTitle.all(named: "tspan").first?.attributes["class"] == "sup")
    #expect(yTitle.allText == "10−4")
  }

  @Test("CSV headers and the desc get plain text: w_j, 10^-4")
  func plainInCSV() {
    let chart = LineChart(
      title: "", xAxis: Axis(title: "α_{max}"), yAxis: Axis(title: "y"),
      series: [LineSeries(name: "w_{j}", x: [1], y: [2])])
    #expect(chart.csv().hasPrefix("α_max,w_j\r\n"))
    #expect(RichText("10^{-4}").plain == "10^-4")
  }

  @Test("an underscore without braces stays literal", arguments: ["l1_ratio", "a_", "x^", "_{"])
  func literal(text: String) {
    #expect(!RichText(text).hasScripts)
    #expect(RichText(text).plain == text)
  }

  @Test("a script is measured at 70 % of the font size")
  func width() {
    let plain = TextMetrics.width(of: "wj", fontSize: 10)
    let marked = TextMetrics.width(of: "w_{j}", fontSize: 10)
    #expect(marked < plain && marked > TextMetrics.width(of: "w", fontSize: 10))
  }
}
