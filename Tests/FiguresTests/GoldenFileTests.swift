import Foundation
import Testing

@testable import Figures

/// Byte-for-byte comparison with committed reference files, in the manner of SwiftPlot:
/// any change to the output, intended or not, shows up here. After an intended change,
/// regenerate with `FIGURES_UPDATE_GOLDEN=1 swift test --filter GoldenFileTests`, look
/// at the new pictures, and commit them.
@Suite("Golden files") struct GoldenFileTests {
  static let line: LineChart = {
    let alphas = [0.001, 0.01, 0.1, 1, 10]
    var chart = LineChart(
      title: "Coefficient paths", xAxis: Axis(title: "α (log scale)", scale: .log),
      yAxis: Axis(title: "coefficient"),
      series: [
        LineSeries(name: "w₁", x: alphas, y: [2, 1.8, 1.1, 0.2, 0]),
        LineSeries(name: "w₂ & <w₃>", x: alphas, y: [-1, -0.9, .nan, 0, 0]),
      ])
    chart.verticalMarkers.append(VerticalMarker(x: 0.1, label: "chosen α"))
    return chart
  }()

  static let bars = BarChart(
    title: "True vs fitted", xTitle: "feature", yAxis: Axis(title: "weight"),
    categories: ["x1", "x2", "x3"],
    groups: [
      BarGroup(name: "true", values: [1.5, -0.5, 0]),
      BarGroup(name: "lasso", values: [1.2, -0.25, 0]),
    ])

  static let cases: [(String, any Figure)] = [
    ("line-chart", line), ("bar-chart", bars), ("panels", GoldenCharts.panels),
    ("shapes", GoldenCharts.shapes), ("contour", GoldenCharts.contour),
    ("heat-map", GoldenCharts.heatMap),
  ]

  @Test(
    "the rendered SVG equals the committed reference byte for byte",
    arguments: Array(GoldenFileTests.cases.indices))
  func matchesReference(index: Int) throws {
    let (name, figure) = GoldenFileTests.cases[index]
    let rendered = figure.svg()
    if ProcessInfo.processInfo.environment["FIGURES_UPDATE_GOLDEN"] == "1" {
      let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/\(name).svg")
      try rendered.write(to: source, atomically: true, encoding: .utf8)
    }
    let url = try #require(Bundle.module.url(forResource: "Golden/\(name)", withExtension: "svg"))
    let reference = try String(contentsOf: url, encoding: .utf8)
    #expect(rendered == reference)
  }
}
