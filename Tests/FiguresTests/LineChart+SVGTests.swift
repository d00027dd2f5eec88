import Foundation
import Testing

@testable import Figures

@Suite("Line chart SVG") struct LineChartSVGTests {
  static let xs = (0..<50).map { Double($0) / 5 }

  static func paths(_ count: Int) -> LineChart {
    let alphas = (0..<60).map { pow(10, -3 + 4 * Double($0) / 59) }
    let series = (0..<count).map { j in
      LineSeries(name: "w\(j)", x: alphas, y: alphas.map { sin(Double(j) + log10($0)) })
    }
    return LineChart(
      title: "Paths", xAxis: Axis(title: "α (log scale)", scale: .log),
      yAxis: Axis(title: "coefficient"), series: series)
  }

  @Test("there is one series group and one marker group per series")
  func oneGroupPerSeries() throws {
    let root = try tree(LineChartSVGTests.paths(20))
    #expect(root.all(class: "series").count == 20)
    #expect(root.all(class: "markers").count == 20)
    let indices = root.all(class: "series").compactMap { $0.attributes["data-series"] }
    #expect(indices == (0..<20).map(String.init))
  }

  @Test("a NaN splits a line into two path segments and no nan or inf reaches the markup")
  func nanGap() throws {
    var ys = LineChartSVGTests.xs.map { $0 * $0 }
    ys[20] = .nan
    ys[35] = .infinity
    let chart = LineChart(
      title: "Gap", xAxis: Axis(title: "x"), yAxis: Axis(title: "y"),
      series: [LineSeries(name: "s", x: LineChartSVGTests.xs, y: ys)])
    let svg = chart.svg()
    let root = try #require(parseXML(svg))
    #expect(root.all(class: "line").count == 3)
    #expect(svg.firstMatch(of: /(?i)\b(nan|inf|infinity)\b/) == nil)
  }

  @Test("values ≤ 0 on a log axis are gaps")
  func logGaps() throws {
    let chart = LineChart(
      title: "Log gaps", xAxis: Axis(), yAxis: Axis(scale: .log),
      series: [LineSeries(name: "s", x: [1, 2, 3, 4, 5], y: [1, 2, 0, 4, -8])])
    let root = try tree(chart)
    #expect(root.all(class: "line").count == 1)
    #expect(root.all(class: "lone-point").isEmpty)  // the lone 4 has a marker instead
    #expect(tickLabels(root, axis: "y").allSatisfy { !$0.contains("−") || $0.hasPrefix("10") })
  }

  @Test("the x tick labels of a log axis are exactly the decades in range")
  func logDecades() throws {
    let root = try tree(LineChartSVGTests.paths(3))
    #expect(tickLabels(root, axis: "x") == ["10−3", "10−2", "10−1", "100", "101"])
    let superscripts = root.all(named: "tspan").filter { $0.parent?.classes.contains("x") == true }
    #expect(superscripts.map(\.text) == ["−3", "−2", "−1", "0", "1"])
  }

  @Test("log-log charts label both axes with decades and draw the line")
  func logLog() throws {
    let k = (0...40).map { pow(10, Double($0) / 10) }
    let chart = LineChart(
      title: "Gap vs iterations", xAxis: Axis(title: "k", scale: .log),
      yAxis: Axis(title: "gap", scale: .log),
      series: [LineSeries(name: "1/k²", x: k, y: k.map { 1 / ($0 * $0) })])
    let root = try tree(chart)
    #expect(tickLabels(root, axis: "x") == ["100", "101", "102", "103", "104"])
    #expect(tickLabels(root, axis: "y").first == "10−8")
    #expect(root.all(class: "line").count == 1)
  }

  @Test("an empty series and an empty chart still give valid files with labelled axes")
  func emptyData() throws {
    let empty = LineChart(title: "Nothing", xAxis: Axis(title: "x"), yAxis: Axis(title: "y"))
    let root = try tree(empty)
    #expect(tickLabels(root, axis: "x").count >= 2 && tickLabels(root, axis: "y").count >= 2)
    let withEmpty = LineChart(
      title: "One empty", xAxis: Axis(), yAxis: Axis(scale: .log),
      series: [LineSeries(name: "empty", x: [], y: []), LineSeries(name: "one", x: [1], y: [5])])
    let second = try tree(withEmpty)
    #expect(second.all(class: "series").count == 2)
    #expect(second.all(class: "series").first?.all(class: "line").isEmpty == true)
  }

  @Test("a constant series gets a range around its value and a line inside the plot")
  func constantSeries() throws {
    let chart = LineChart(
      title: "Flat", xAxis: Axis(), yAxis: Axis(),
      series: [LineSeries(name: "flat", x: [0, 1, 2], y: [5, 5, 5])])
    let root = try tree(chart)
    #expect(tickLabels(root, axis: "y").count >= 4)
    let plot = try plotArea(root)
    let line = try #require(root.all(class: "line").first)
    for (x, y) in pathPoints(line) {
      #expect(plot.contains(x, y))
      // The flat line sits mid-plot: within 5 % of the plot height of the centre.
      #expect(abs(y - (plot.y + plot.height / 2)) < 0.05 * plot.height)
    }
  }

  @Test("titles and names with & < > \" ' round-trip through the XML")
  func escaping() throws {
    let text = #"Tom & Jerry <"quoted"> 'single'"#
    let chart = LineChart(
      title: text, xAxis: Axis(title: text), yAxis: Axis(),
      series: [LineSeries(name: text, x: [1, 2], y: [1, 2])])
    let root = try tree(chart)
    #expect(root.all(named: "title").first?.text == text)
    #expect(root.all(class: "title").first?.allText == text)
    #expect(root.all(class: "legend").first?.all(named: "text").last?.allText == text)
    #expect(root.all(class: "series").first?.attributes["data-name"] == text)
  }

  @Test("the same chart always renders the same bytes")
  func deterministic() {
    let chart = LineChartSVGTests.paths(12)
    #expect(chart.svg() == chart.svg())
  }

  @Test("the legend of 20 series stays clear of the plot area and inside the canvas")
  func legendBesidePlot() throws {
    let root = try tree(LineChartSVGTests.paths(20))
    let legend = try #require(root.all(class: "legend-box").first.flatMap(rect(of:)))
    let plot = try plotArea(root)
    #expect(!legend.intersects(plot))
    let canvas = try canvas(root)
    #expect(canvas.contains(legend.x, legend.y) && canvas.contains(legend.maxX, legend.maxY))
  }

  @Test("data are drawn inside a group clipped to the plot area")
  func clipped() throws {
    let root = try tree(LineChartSVGTests.paths(2))
    let data = try #require(root.all(class: "data").first)
    let clip = try #require(root.all(named: "clipPath").first)
    let id = try #require(clip.attributes["id"])
    #expect(data.attributes["clip-path"] == "url(#\(id))")
    let clipRect = try #require(clip.children.first.flatMap(rect(of:)))
    #expect(clipRect == (try plotArea(root)))
  }

  @Test("a point far outside a fixed range is cut, not written as a huge coordinate")
  func farPointsCut() throws {
    let chart = LineChart(
      title: "Zoom", xAxis: Axis(range: 0...1), yAxis: Axis(range: 0...1),
      series: [LineSeries(name: "s", x: [0, 0.5, 1e12], y: [0, 0.5, 1e15])])
    let root = try tree(chart)
    let plot = try plotArea(root)
    for line in root.all(class: "line") {
      for (x, y) in pathPoints(line) {
        #expect(plot.expanded(by: 101).contains(x, y))
      }
    }
  }

  @Test("a reversed x axis puts the largest value on the left")
  func reversedAxis() throws {
    var chart = LineChartSVGTests.paths(1)
    chart.xAxis.isReversed = true
    let root = try tree(chart)
    #expect(tickLabels(root, axis: "x").first == "10−3")
    let labels = root.all(class: "tick-label").filter { $0.classes.contains("x") }
    #expect((labels.first?.number("x") ?? 0) > (labels.last?.number("x") ?? 0))
  }
}
