import Figures
import LessonKit
import Regularization

/// The three figures of lesson 2.
enum WeightDecayFigures {
  static let lambdaAxis = Axis(
    title: "λ (log scale; the articles' λ = scikit-learn's alpha)", scale: .log)
  /// Measured points are drawn every `markerStride` steps; the theory line at every step.
  static let markerStride = 50

  /// `weight-norm-decay`: ‖w_t‖ against t, measured (markers) and (1 − ηλ/n)^t·‖w₀‖ (lines).
  static func weightNormDecay(_ decay: PureDecayExperiment) -> ScatterChart {
    let steps = (0...PureDecayExperiment.steps).map(Double.init)
    let shown = Array(stride(from: 0, through: PureDecayExperiment.steps, by: markerStride))
    var chart = ScatterChart(
      title: "Weight decay alone (C_{0} ≡ 0): ‖w_{t}‖ = (1 − ηλ/n)^{t}·‖w_{0}‖",
      description: "Norm of the weights under PyTorch-style SGD with weight_decay = λ/n and a "
        + "zero data gradient (η = 0.1, n = 50), for three λ: measured every "
        + "\(markerStride) steps (markers) and the geometric law (lines).",
      xAxis: Axis(title: "step t"), yAxis: Axis(title: "‖w_{t}‖ (log scale)", scale: .log))
    for (index, run) in decay.runs.enumerated() {
      let color = Palette.color(at: index)
      let rate = NumberFormat.plain(
        PureDecayExperiment.learningRate * run.lambda / PureDecayExperiment.samples)
      chart.points.append(
        PointSeries(
          name: "λ = \(NumberFormat.plain(run.lambda)) (ηλ/n = \(rate))",
          x: shown.map { steps[$0] }, y: shown.map { run.norms[$0] }, color: color,
          marker: Palette.marker(at: index)))
      var theory = FittedLine(
        name: "λ = \(NumberFormat.plain(run.lambda)): (1 − ηλ/n)^t·‖w0‖", x: steps, y: run.theory,
        color: color, dash: .dashed)
      theory.showsInLegend = false
      chart.lines.append(theory)
    }
    chart.legend = .insideIfEmpty
    chart.legendTitle =
      "η = \(NumberFormat.plain(PureDecayExperiment.learningRate)), n = \(CollinearData.samples); dashes: law"
    return chart
  }

  /// `ridge-shrinkage`: the ridge coefficients of the four features against λ.
  static func ridgeShrinkage(_ shrinkage: ShrinkageExperiment) -> LineChart {
    let series = (0..<CollinearData.features).map { j in
      LineSeries(
        name: "w\(j + 1) (true \(NumberFormat.plain(CollinearData.trueWeights[j])))",
        x: ShrinkageExperiment.lambdas, y: shrinkage.path.map { $0.coefficients[j] })
    }
    var chart = LineChart(
      title: "Ridge coefficients against λ: every weight shrinks toward 0",
      description: "Coefficients of the ridge solution (objective 1/(2n)‖y − Xw − b‖² + "
        + "λ/(2n)‖w‖², scikit-learn's Ridge(alpha = λ)) of four features against λ; x2 is a "
        + "near copy of x1.",
      xAxis: lambdaAxis, yAxis: Axis(title: "coefficient w_{j}", includesZero: true),
      series: series)
    chart.verticalMarkers = [
      VerticalMarker(x: shrinkage.lambda, label: "λ = \(NumberFormat.plain(shrinkage.lambda))")
    ]
    chart.legend = .insideIfEmpty
    return chart
  }

  /// `shrinkage-factors`: z_j(λ)/z_j(0) in the eigenbasis (markers) against d_j/(d_j + λ).
  static func shrinkageFactors(_ shrinkage: ShrinkageExperiment) -> ScatterChart {
    let grid = ShrinkageExperiment.lambdas
    let shown = Array(stride(from: 0, to: grid.count, by: 3))
    var chart = ScatterChart(
      title: "Ridge in the eigenbasis of XᵀX: direction j is multiplied by d_{j}/(d_{j} + λ)",
      description: "For each eigenvector v_j of X_cᵀX_c: the ridge coordinate v_jᵀw(λ) divided "
        + "by the least-squares one (markers) and the factor d_j/(d_j + λ) (lines), against "
        + "λ; each factor is ½ at λ = d_j.",
      xAxis: lambdaAxis,
      yAxis: Axis(title: "shrinkage factor z_{j}(λ)/z_{j}(0)", range: 0...1))
    for j in shrinkage.eigenvalues.indices {
      let color = Palette.color(at: j)
      let d = shrinkage.eigenvalues[j]
      let name = "v\(j + 1), d\(j + 1) = \(NumberFormat.readable(d, significant: 3))"
      chart.points.append(
        PointSeries(
          name: "v_{\(j + 1)}, d_{\(j + 1)} = \(NumberFormat.readable(d, significant: 3))",
          x: shown.map { grid[$0] },
          y: shown.map { shrinkage.measuredFactors(of: shrinkage.path[$0])[j] }, color: color,
          marker: Palette.marker(at: j)))
      var theory = FittedLine(
        name: "\(name): d/(d + λ)", x: grid, y: grid.map { d / (d + $0) }, color: color,
        dash: .dashed)
      theory.showsInLegend = false
      chart.lines.append(theory)
    }
    chart.horizontalMarkers = [HorizontalMarker(y: 0.5, label: "½ at λ = d_{j}")]
    chart.legendTitle = "markers measured, dashes d/(d + λ)"
    chart.legend = .insideIfEmpty
    chart.verticalMarkers = [
      VerticalMarker(x: shrinkage.lambda, label: "λ = \(NumberFormat.plain(shrinkage.lambda))")
    ]
    return chart
  }
}
