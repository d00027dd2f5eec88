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

  /// A quadratic loss with the L1 diamond and the L2 circle over it, equal aspect.
  static let contour: ContourChart = {
    let axis = (0...40).map { -1.5 + 4 * Double($0) / 40 }
    let grid = Grid2D(x: axis, y: axis) { a, b in
      let (u, v) = (a - 1.6, b - 1.1)
      return 2 * u * u + 1.2 * u * v + v * v
    }
    var chart = ContourChart(
      title: "Loss contours meet the L1 ball at a corner", xAxis: Axis(title: "w_{1}"),
      yAxis: Axis(title: "w_{2}"), grid: grid, levels: .standard, valueTitle: "loss")
    chart.shapes = [
      .polygon(name: "‖w‖_{1} ≤ 1", x: [1, 0, -1, 0], y: [0, 1, 0, -1], stroke: .vermillion),
      .circle(name: "‖w‖_{2} ≤ 1", centerX: 0, centerY: 0, radius: 1, stroke: .blue, dash: .dashed),
    ]
    chart.labelledPoints = [LabelledPoint(x: 1.6, y: 1.1, label: "minimum")]
    chart.lineColor = Color(hex: "#888888")
    chart.equalScale = true
    return chart
  }()

  /// A grid with one missing cell and two classes of points on top.
  static let heatMap: HeatMap = {
    let xs = (0..<12).map { Double($0) / 11 }
    let ys = (0..<8).map { Double($0) / 7 }
    var grid = Grid2D(x: xs, y: ys) { x, y in sin(3 * x) * cos(2 * y) }
    grid.values[3][5] = .nan
    var map = HeatMap(
      title: "Signed values, one cell missing", xAxis: Axis(title: "x_{1}"),
      yAxis: Axis(title: "x_{2}"), grid: grid, colorMap: .diverging, colorBarTitle: "f(x)")
    map.points = [
      PointSeries(name: "class 0", x: [0.1, 0.3, 0.2], y: [0.2, 0.5, 0.8]),
      PointSeries(name: "class 1", x: [0.7, 0.9, 0.8], y: [0.3, 0.6, 0.9]),
    ]
    return map
  }()
}
