import Figures
import LessonKit
import Regularization

extension CornerFigures {
  /// `geometry`: contours of the example loss, the two balls of radius 1, both optima.
  ///
  /// The background contours come from the loss sampled on a grid (spacing 0.1); the two
  /// that touch the balls are drawn exactly, from the ellipse's closed form.
  static func geometry(_ experiment: GeometryExperiment) -> ContourChart {
    let loss = experiment.loss
    let levels = experiment.touchingLevels
    let t = GeometryExperiment.radius
    let (xs, ys) = (
      linearSpace(from: -1.5, to: 3.5, count: 51), linearSpace(from: -1.5, to: 2.6, count: 42)
    )
    var chart = ContourChart(
      title: "The loss first touches the diamond at a corner, the circle off the axes",
      description: "Contours of f(w) = ½(w − c)ᵀH(w − c) with c = (2, 0.6) and H = R(30°)·"
        + "diag(1, 0.3)·R(30°)ᵀ, the L1 ball |w₁| + |w₂| ≤ 1 (a diamond) and the L2 ball "
        + "w₁² + w₂² ≤ 1 (a circle), with the contour that first touches each ball (dashed) "
        + "and the two constrained optima: the L1 one at the vertex (1, 0), the L2 one at "
        + coordinates(experiment.l2Optimum) + ". Equal scale on both axes.",
      xAxis: Axis(title: "weight w_{1}"), yAxis: Axis(title: "weight w_{2}"),
      grid: Grid2D(x: xs, y: ys) { loss.value([$0, $1]) },
      levels: .values([0.05, 0.2, 0.4, 1.5, 3]), valueTitle: "loss f(w)")
    chart.lineColor = .gray
    let l1Contour = loss.levelSet(levels.l1, count: 181)
    let l2Contour = loss.levelSet(levels.l2, count: 181)
    chart.series = [
      LineSeries(
        name: "f = \(NumberFormat.readable(levels.l1, significant: 3)), touching the diamond",
        x: l1Contour.x, y: l1Contour.y, color: l1Color, dash: .dashed, markers: .none),
      LineSeries(
        name: "f = \(NumberFormat.readable(levels.l2, significant: 3)), touching the circle",
        x: l2Contour.x, y: l2Contour.y, color: l2Color, dash: .dashed, markers: .none),
    ]
    chart.shapes = [
      .polygon(
        name: "L1 ball |w₁| + |w₂| ≤ \(Int(t))", x: [t, 0, -t, 0], y: [0, t, 0, -t],
        stroke: l1Color),
      .circle(
        name: "L2 ball w₁² + w₂² ≤ \(Int(t))", centerX: 0, centerY: 0, radius: t,
        stroke: l2Color),
    ]
    chart.labelledPoints = [
      LabelledPoint(
        x: experiment.l1Optimum[0], y: experiment.l1Optimum[1], label: "L1 optimum",
        color: l1Color, marker: .square),
      LabelledPoint(
        x: experiment.l2Optimum[0], y: experiment.l2Optimum[1], label: "L2 optimum",
        color: l2Color, marker: .circle),
      LabelledPoint(
        x: loss.centre[0], y: loss.centre[1], label: "c", color: .black, marker: .cross),
    ]
    chart.equalScale = true
    return chart
  }
}
