import Figures
import LessonKit
import Regularization

/// The three figures of lesson 1. Informative features are drawn in colour with markers,
/// uninformative ones in light grey without, so the eye finds the signal first.
enum SparsityFigures {
  static let alphaAxis = Axis(
    title: "α (log scale; penalty strength grows to the right)", scale: .log)
  static let noiseColor = Color(hex: "#B0B0B0")

  /// `lasso-path`: every Lasso coefficient against α.
  static func lassoPath(_ experiment: SparsityExperiment) -> LineChart {
    var chart = LineChart(
      title: "Lasso (L1) path: weights reach exactly 0.0 one by one as α grows",
      description: "Lasso coefficients of 20 features against α on scikit-learn's grid; the 5 "
        + "informative features in colour, the 15 uninformative in grey; all are 0 at α_max.",
      xAxis: alphaAxis, yAxis: Axis(title: "coefficient w_{j}"),
      series: coefficientSeries(experiment, experiment.lasso.coefficients))
    chart.verticalMarkers = [
      VerticalMarker(x: experiment.alphaMax, label: "α_{max}"),
      VerticalMarker(x: experiment.universalAlpha, label: "α_{u}", color: .bluishGreen),
    ]
    chart.spans = recoverySpan(experiment)
    chart.legendTitle = "feature (true w)"
    chart.legend = .insideIfEmpty
    return chart
  }

  /// `ridge-path`: every Ridge coefficient against α, same grid and scaling, on a linear
  /// axis (left) and as |w_j| on a log axis (right), where "never 0" can be seen.
  static func ridgePath(_ experiment: SparsityExperiment) -> Panels {
    let coefficients = experiment.ridge.map(\.coefficients)
    var linear = LineChart(
      title: "w_{j}: near α_{max} every line looks like 0",
      xAxis: Axis(title: "α (log scale)", scale: .log), yAxis: Axis(title: "coefficient w_{j}"),
      series: coefficientSeries(experiment, coefficients))
    linear.verticalMarkers = [VerticalMarker(x: experiment.alphaMax, label: "α_{max}")]
    var magnitude = LineChart(
      title: "|w_{j}| on a log axis: none is exactly 0 (a dip is a sign change)",
      xAxis: Axis(title: "α (log scale)", scale: .log),
      yAxis: Axis(title: "|w_{j}| (log scale)", scale: .log),
      series: coefficientSeries(experiment, coefficients.map { $0.map(abs) }))
    magnitude.verticalMarkers = [VerticalMarker(x: experiment.alphaMax, label: "α_{max}")]
    var figure = Panels(
      title: "Ridge (L2) path: weights shrink toward 0 but never reach it",
      description: "Ridge coefficients (objective 1/(2n)‖y − Xw‖² + (α/2)‖w‖²) of 20 features "
        + "against α on the Lasso's grid, left as w_j, right as |w_j| on a log axis; no "
        + "coefficient is ever exactly 0.",
      panels: [Panel("w", linear), Panel("abs w", magnitude)])
    figure.plotHeight = 320
    return figure
  }

  /// `nonzeros-vs-alpha`: how many weights are non-zero at each α, Lasso and Ridge.
  static func nonZeros(_ experiment: SparsityExperiment) -> LineChart {
    let p = Double(SparsityExperiment.features)
    var chart = LineChart(
      title: "Non-zero weights against α: Lasso selects, Ridge keeps all 20",
      description: "Number of non-zero coefficients of the Lasso and Ridge solutions against α; "
        + "the dotted line marks the 5 truly informative features.",
      xAxis: alphaAxis, yAxis: Axis(title: "non-zero coefficients", includesZero: true),
      series: [
        LineSeries(
          name: "Lasso", x: experiment.alphas,
          y: experiment.lasso.fits.map { p - Double($0.zeroCount) }, markers: .none),
        LineSeries(
          name: "Ridge", x: experiment.alphas,
          y: experiment.ridgeZeroCounts.map { p - Double($0) }, markers: .none),
      ])
    // A count changes between grid points: steps, not diagonals.
    for index in chart.series.indices { chart.series[index].interpolation = .stepMiddle }
    chart.verticalMarkers = [
      VerticalMarker(x: experiment.alphaMax, label: "α_{max}"),
      VerticalMarker(x: experiment.universalAlpha, label: "α_{u}", color: .bluishGreen),
    ]
    chart.spans = recoverySpan(experiment)
    chart.legend = .insideIfEmpty
    chart.horizontalMarkers = [
      HorizontalMarker(y: Double(SparsityExperiment.informative), label: "true support size")
    ]
    return chart
  }

  static func coefficientSeries(
    _ experiment: SparsityExperiment, _ coefficients: [[Double]]
  ) -> [LineSeries] {
    let informative = experiment.truth.informativeFeatures.sorted()
    let uninformative = (0..<SparsityExperiment.features).filter { !informative.contains($0) }
    let colored = informative.enumerated().map { rank, j in
      LineSeries(
        name: "\(featureName(j)) (\(NumberFormat.fixed(experiment.truth.coefficients[j], 1)))",
        x: experiment.alphas, y: coefficients.map { $0[j] },
        color: Palette.color(at: rank), dash: .solid, marker: Palette.marker(at: rank))
    }
    // Drawn first, so the informative lines lie on top; one legend entry for all.
    let grey = uninformative.map { j in
      var line = LineSeries(
        name: "\(featureName(j)) (0)", x: experiment.alphas, y: coefficients.map { $0[j] },
        color: noiseColor, dash: .solid, markers: .none)
      line.lineWidth = 1.5
      line.legendGroup = "\(uninformative.count) uninformative (0)"
      return line
    }
    return grey + colored
  }

  /// The α range where claim (d)'s condition holds on the grid, shaded: the support keeps
  /// every feature above the noise.
  static func recoverySpan(_ experiment: SparsityExperiment) -> [VerticalSpan] {
    guard let first = experiment.keepingIndices.first,
      let last = experiment.keepingIndices.last
    else { return [] }
    return [
      VerticalSpan(
        from: experiment.alphas[last], to: experiment.alphas[first],
        label: "keeps every |w| ≥ 5σ/√n")
    ]
  }
}
