import Foundation
import Testing

@testable import Figures

@Suite("Scatter chart SVG") struct ScatterChartSVGTests {
  static func chart() -> ScatterChart {
    let xs = (0..<100).map { Double($0) / 10 }
    let ys = xs.enumerated().map { $1 * 2 + ($0 % 10 == 0 ? 20 : sin(Double($0))) }
    return ScatterChart(
      title: "Outliers", xAxis: Axis(title: "x"), yAxis: Axis(title: "y"),
      points: [PointSeries(name: "data", x: xs, y: ys)],
      lines: [
        FittedLine(name: "MSE", slope: 2.2, intercept: 2),
        FittedLine(name: "L1", slope: 2, intercept: 0),
        FittedLine(name: "Smooth L1", slope: 2.01, intercept: 0.1),
      ])
  }

  @Test("one series group per point set and per line, each with a legend entry")
  func groups() throws {
    let root = try tree(ScatterChartSVGTests.chart())
    #expect(root.all(class: "series").count == 4)
    #expect(root.all(class: "fitted-line").count == 3)
    #expect(root.all(class: "legend-swatch").count == 4)
  }

  @Test("every point is drawn as a marker inside the plot")
  func pointsInside() throws {
    let root = try tree(ScatterChartSVGTests.chart())
    let circles = try #require(root.all(class: "points").first).all(named: "circle")
    #expect(circles.count == 100)
    let plot = try plotArea(root)
    #expect(circles.allSatisfy { plot.contains($0.number("cx") ?? -1, $0.number("cy") ?? -1) })
  }

  @Test("a straight line spans the plot from the left end of the x axis to the right end")
  func lineSpansAxis() throws {
    let root = try tree(ScatterChartSVGTests.chart())
    let line = try #require(root.all(class: "fitted-line").first?.all(class: "line").first)
    let points = pathPoints(line)
    let plot = try plotArea(root)
    #expect(points.count == 2)
    // The x axis ends map to the plot's inset edges; coordinates are written to 0.01 px.
    #expect(abs((points.first?.0 ?? 0) - (plot.x + Theme.plotInset)) <= 0.005)
    #expect(abs((points.last?.0 ?? 0) - (plot.maxX - Theme.plotInset)) <= 0.005)
  }

  @Test("points that cannot be plotted are left out without breaking the file")
  func gaps() throws {
    let chart = ScatterChart(
      title: "Gaps", xAxis: Axis(scale: .log), yAxis: Axis(),
      points: [PointSeries(name: "p", x: [1, 0, .nan, 10], y: [1, 2, 3, .infinity])])
    let root = try tree(chart)
    #expect(root.all(class: "points").first?.all(named: "circle").count == 1)
  }
}
