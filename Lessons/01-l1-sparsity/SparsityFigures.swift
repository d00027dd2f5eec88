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
      xAxis: alphaAxis, yAxis: Axis(title: "coefficient w_j"),
      series: coefficientSeries(experiment, experiment.lasso.coefficients))
    chart.verticalMarkers = markers(experiment)
    chart.horizontalMarkers = [HorizontalMarker(y: 0)]
    chart.legendTitle = "feature (true w)"
    return chart
  }

  /// `ridge-path`: every Ridge coefficient against α, same grid and scaling.
  static func ridgePath(_ experiment: SparsityExperiment) -> LineChart {
    var chart = LineChart(
      title: "Ridge (L2) path: weights shrink toward 0 but never reach it",
      description: "Ridge coefficients (objective 1/(2n)‖y − Xw‖² + (α/2)‖w‖²) of 20 features "
        + "against α on the Lasso's grid; no coefficient is ever exactly 0.",
      xAxis: alphaAxis, yAxis: Axis(title: "coefficient w_j"),
      series: coefficientSeries(experiment, experiment.ridge.map(\.coefficients)))
    chart.verticalMarkers = [VerticalMarker(x: experiment.alphaMax, label: "α_max")]
    chart.horizontalMarkers = [HorizontalMarker(y: 0)]
    chart.legendTitle = "feature (true w)"
    return chart
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
          y: experiment.lasso.fits.map { p - Double($0.zeroCount) }),
        LineSeries(
          name: "Ridge", x: experiment.alphas,
          y: experiment.ridgeZeroCounts.map { p - Double($0) }),
      ])
    chart.verticalMarkers = markers(experiment)
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
    let grey = uninformative.map { j in
      LineSeries(
        name: "\(featureName(j)) (0)", x: experiment.alphas, y: coefficients.map { $0[j] },
        color: noiseColor, dash: .solid, markers: .none)
    }
    return colored + grey
  }

  static func markers(_ experiment: SparsityExperiment) -> [VerticalMarker] {
    var markers = [VerticalMarker(x: experiment.alphaMax, label: "α_max")]
    markers.append(
      VerticalMarker(
        x: experiment.universalAlpha, label: "σ√(2 ln p/n)", color: .bluishGreen))
    return markers
  }
}
