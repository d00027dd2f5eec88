import Foundation

@testable import Figures

/// The charts behind the golden files of the newer kinds: one of each.
enum GoldenCharts {
  /// Two line panels sharing y, with steps, a span and sub/superscript markup.
  static let panels: Panels = {
    let alphas = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1]
    func chart(_ title: String, _ scale: Double) -> LineChart {
      var chart = LineChart(
        title: title, xAxis: Axis(title: "α (log scale)", scale: .log),
        yAxis: Axis(title: "w_{j}"),
        series: [
          LineSeries(name: "w_{1}", x: alphas, y: alphas.map { scale / (1 + 10 * $0) }),
          LineSeries(name: "w_{2}", x: alphas, y: alphas.map { max(0, scale * 0.6 - $0) }),
        ])
      chart.series[1].interpolation = .stepAfter
      chart.spans = [VerticalSpan(from: 0.01, to: 0.1, label: "claim holds")]
      return chart
    }
    return Panels(
      title: "Two panels, one legend: α_{max} = 10^{-1}",
      panels: [Panel("rho=0", chart("ρ = 0", 1)), Panel("rho=0.9", chart("ρ = 0.9", 2))],
      sharesY: true)
  }()

  /// The L1 diamond and the L2 circle with a labelled point, equal aspect.
  static let shapes: LineChart = {
    var chart = LineChart(
      title: "Unit balls of ‖w‖_{1} and ‖w‖_{2}", xAxis: Axis(title: "w_{1}"),
      yAxis: Axis(title: "w_{2}"))
    chart.shapes = [
      .polygon(
        name: "‖w‖_{1} ≤ 1", x: [1, 0, -1, 0], y: [0, 1, 0, -1], stroke: .vermillion,
        fill: .vermillion),
      .circle(name: "‖w‖_{2} ≤ 1", centerX: 0, centerY: 0, radius: 1, stroke: .blue),
      .ellipse(
        name: "ellipse", centerX: 1.2, centerY: 0.8, radiusX: 0.6, radiusY: 0.25,
        rotation: 0.5, stroke: .bluishGreen, dash: .dashed),
    ]
    chart.labelledPoints = [LabelledPoint(x: 0, y: 1, label: "corner (0, 1)")]
    chart.equalScale = true
    chart.legend = .insideIfEmpty
    return chart
  }()
}
