import Foundation
import Testing

@testable import Figures

@Suite("Bar chart SVG") struct BarChartSVGTests {
  static func chart(categories: Int = 20) -> BarChart {
    let names = (1...categories).map { "feature \($0)" }
    return BarChart(
      title: "Coefficients", xTitle: "feature", yAxis: Axis(title: "weight"), categories: names,
      groups: (0..<3).map { g in
        BarGroup(name: "g\(g)", values: (0..<categories).map { sin(Double($0 + g)) * 4 })
      })
  }

  @Test("one bar group per group, one bar per category")
  func structure() throws {
    let root = try tree(BarChartSVGTests.chart())
    let groups = root.all(class: "bars")
    #expect(groups.count == 3)
    #expect(groups.allSatisfy { $0.all(named: "rect").count == 20 })
  }

  @Test("negative bars hang below the zero baseline and positive ones stand on it")
  func baseline() throws {
    let chart = BarChart(
      title: "Signs", yAxis: Axis(), categories: ["up", "down"],
      groups: [BarGroup(name: "g", values: [3, -2])])
    let root = try tree(chart)
    let zero = try #require(root.all(class: "baseline").first?.number("y1"))
    let bars = try #require(root.all(class: "bars").first).all(named: "rect").compactMap(rect(of:))
    // Tolerance: bar edges and the baseline are each rounded to 0.01 px.
    #expect(abs(bars[0].maxY - zero) < 0.011)
    #expect(abs(bars[1].y - zero) < 0.011)
    #expect(bars[0].height > bars[1].height)
  }

  @Test("bars stay inside their category's band, in group order, centred")
  func bands() throws {
    let root = try tree(BarChartSVGTests.chart(categories: 4))
    let plot = try plotArea(root)
    let band = plot.width / 4
    let bars = root.all(class: "bars").map { $0.all(named: "rect").compactMap(rect(of:)) }
    for category in 0..<4 {
      let left = plot.x + Double(category) * band
      let row = bars.map { $0[category] }
      // Tolerance: 0.01 px coordinate rounding.
      #expect(row.allSatisfy { $0.x >= left - 0.01 && $0.maxX <= left + band + 0.01 })
      #expect(row.map(\.x) == row.map(\.x).sorted())
      let middle = (row[0].x + row[2].maxX) / 2
      #expect(abs(middle - (left + band / 2)) < 0.02)
    }
  }

  @Test("with few categories bars are capped at 44 px")
  func cappedWidth() throws {
    let chart = BarChart(
      title: "Few", yAxis: Axis(), categories: ["a"], groups: [BarGroup(name: "g", values: [1])])
    let bar = try #require(tree(chart).all(class: "bars").first?.all(named: "rect").first)
    #expect(bar.number("width") == BarChart.maximumBarWidth)
  }

  @Test("20 long category labels are rotated and stay inside the canvas")
  func rotatedLabels() throws {
    let root = try tree(BarChartSVGTests.chart())
    let labels = root.all(class: "category")
    #expect(labels.count == 20)
    #expect(labels.allSatisfy { $0.attributes["transform"]?.hasPrefix("rotate(-45") == true })
    let canvas = try canvas(root)
    for label in labels {
      let x = try #require(label.number("x"))
      let reach = TextMetrics.width(of: label.allText, fontSize: Theme.tickFontSize) * 0.7072
      #expect(x - reach >= 0)
      #expect((label.number("y") ?? 0) + reach <= canvas.height)
    }
  }

  @Test("non-finite and missing values draw no bar; the value axis still contains zero")
  func missingValues() throws {
    let chart = BarChart(
      title: "Missing", yAxis: Axis(), categories: ["a", "b", "c"],
      groups: [BarGroup(name: "g", values: [5, .nan])])
    let root = try tree(chart)
    #expect(root.all(class: "bars").first?.all(named: "rect").count == 1)
    #expect(tickLabels(root, axis: "y").first == "0")
  }

  @Test("the legend of a bar chart stays clear of the plot area")
  func legend() throws {
    let root = try tree(BarChartSVGTests.chart())
    let legend = try #require(root.all(class: "legend-box").first.flatMap(rect(of:)))
    #expect(!legend.intersects(try plotArea(root)))
  }
}
