import Figures
import LessonKit
import Regularization

/// The four figures of lesson 4. Each loss keeps one colour, dash and marker in every
/// figure: MSE blue solid, L1 vermillion dashed, Smooth L1 green dotted, Huber purple.
enum LossGradientFigures {
  static let styles: [(Color, DashPattern, MarkerShape)] = [
    (.blue, .solid, .circle), (.vermillion, .dashed, .square), (.bluishGreen, .dotted, .triangle),
    (.reddishPurple, .dashDot, .diamond),
  ]
  static let residualAxis = Axis(title: "residual r = prediction − target")

  static func series(_ index: Int, _ name: String, x: [Double], y: [Double]) -> LineSeries {
    let (color, dash, marker) = styles[index]
    return LineSeries(name: name, x: x, y: y, color: color, dash: dash, marker: marker)
  }

  /// `losses`: ℓ(r) of MSE, L1, Smooth L1 (β = 1) and Huber (δ = 2) on r ∈ [−3, 3].
  static func losses(_ curves: LossCurveExperiment) -> LineChart {
    let r = LossCurveExperiment.residuals
    var chart = LineChart(
      title: "The losses: MSE grows as r², L1 and Smooth L1 only linearly",
      description: "Per-element loss against the residual r from −3 to 3 for PyTorch's MSELoss "
        + "(r²), L1Loss (|r|), SmoothL1Loss with β = 1 and HuberLoss with δ = 2; Smooth L1 "
        + "and Huber are quadratic inside |r| < β (δ) and linear outside.",
      xAxis: residualAxis, yAxis: Axis(title: "loss ℓ(r)", includesZero: true),
      series: curves.losses.enumerated().map { index, loss in
        series(index, loss.name, x: r, y: r.map { loss.value(residual: $0) })
      })
    chart.verticalMarkers = [
      VerticalMarker(x: -LossCurveExperiment.beta, label: "−β"),
      VerticalMarker(x: LossCurveExperiment.beta, label: "β"),
    ]
    chart.legend = .insideIfEmpty
    return chart
  }

  /// `gradients`: ℓ′(r) of the same losses; L1's jump at r = 0 is drawn as a gap.
  static func gradients(_ curves: LossCurveExperiment) -> LineChart {
    let r = LossCurveExperiment.residuals
    var chart = LineChart(
      title: "Gradients: MSE's grows with r, L1's is ±1, Smooth L1's is capped at 1",
      description: "Derivative of each loss against r from −3 to 3: MSE 2r, L1 sign(r) with a "
        + "gap at r = 0 where it is not differentiable (PyTorch returns 0 there), Smooth L1 "
        + "(β = 1) r/β inside |r| < β and ±1 outside, Huber (δ = 2) r inside and ±δ outside.",
      xAxis: residualAxis, yAxis: Axis(title: "gradient ∂ℓ/∂r"),
      series: curves.losses.enumerated().map { index, loss in
        let isL1 = loss is L1Loss
        var line = series(
          index, isL1 ? "L1 (no derivative at 0)" : loss.name, x: r,
          y: r.map { isL1 && $0 == 0 ? .nan : loss.derivative(residual: $0) })
        if loss is SmoothL1Loss {
          // Smooth L1 equals L1 for |r| > β and Huber inside: drawn first, wide and light,
          // so the thinner lines on top leave it visible.
          line.dash = .solid
          line.lineWidth = 7
          line.opacity = 0.45
          line.markers = .none
          line.legendNote = "= L1 for |r| > β"
          line.layer = -1
        }
        return line
      })
    chart.legend = .insideIfEmpty
    return chart
  }

  /// `convergence`: |θ_k − θ*| against k on a log axis, η = 0.1.
  static func convergence(_ descent: LossDescentExperiment) -> LineChart {
    let steps = (0...LossDescentExperiment.steps).map(Double.init)
    let eta = LossDescentExperiment.learningRate
    var chart = LineChart(
      title: "Fixed step η = \(eta): MSE, Smooth L1 converge; L1 never settles",
      description: "Distance to the optimum |θ_k − θ*| on a log scale against the step k for "
        + "gradient descent on ℓ(θ − t) with η = \(eta): MSE falls by 1 − 2η = 0.8 per step, "
        + "Smooth L1 (β = 1) walks at speed η until |θ − θ*| < β, then falls by 1 − η/β = "
        + "0.9 per step, L1 walks at speed η and then jumps between two points a distance η "
        + "apart on either side of θ*.",
      xAxis: Axis(title: "gradient-descent step k"),
      yAxis: Axis(title: "|θ_{k} − θ*| (log scale)", scale: .log),
      series: descent.distances.enumerated().map { index, distances in
        // Solid thin lines: a dash pattern on a line that oscillates every step turns
        // into a hatched band.
        var line = series(index, descent.names[index], x: steps, y: distances)
        line.dash = .solid
        line.lineWidth = 1.5
        return line
      })
    chart.horizontalMarkers = [HorizontalMarker(y: eta, label: "η = \(eta)")]
    chart.legend = .insideIfEmpty
    return chart
  }

  /// `outliers`: the data (inliers and outliers) and the three fitted lines.
  static func outliers(_ experiment: OutlierFitExperiment) -> ScatterChart {
    var chart = ScatterChart(
      title: "Outliers drag the MSE line; L1 and Smooth L1 hold",
      description: "Scatter of 90 inliers (y = 1 + 2x + N(0, 1)) and 10 outliers (x in [8, 10], "
        + "raised by 20 to 40) with the exact MSE, L1 and Smooth L1 (β = 1) lines; slopes "
        + experiment.fits.map { NumberFormat.fixed($0.slope, 3) }.joined(separator: ", ")
        + " against the true 2.",
      xAxis: Axis(title: "x"), yAxis: Axis(title: "y"),
      points: [
        PointSeries(
          name: "inliers (\(OutlierFitExperiment.inliers))", x: experiment.inlierX,
          y: experiment.inlierY, color: .gray, marker: .circle),
        PointSeries(
          name: "outliers (\(OutlierFitExperiment.outliers))", x: experiment.outlierX,
          y: experiment.outlierY, color: .orange, marker: .cross),
      ],
      lines: experiment.fits.enumerated().map { index, fit in
        let (color, dash, _) = styles[index]
        var line = FittedLine(
          name: "\(experiment.names[index]): slope \(NumberFormat.fixed(fit.slope, 2))",
          slope: fit.slope, intercept: fit.intercept, color: color, dash: dash)
        if index == 2 {
          // Smooth L1's line lies on L1's: drawn under it, wide and light.
          line.dash = .solid
          line.lineWidth = 8
          line.opacity = 0.4
        }
        return line
      })
    // Draw order MSE, Smooth L1 (wide, beneath), L1 (thin, on top).
    if chart.lines.count == 3 { chart.lines.swapAt(1, 2) }
    chart.legend = .insideIfEmpty
    return chart
  }
}
