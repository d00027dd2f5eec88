import Figures
import LessonKit
import Regularization

/// The two figures of lesson 14.
enum AugmentationFigures {
  /// `noise-vs-ridge`: least squares on noisy copies (markers) against σ², on the ridge
  /// path at λ = σ² (lines), one colour per coefficient.
  static func noiseVersusRidge(_ experiment: NoiseRidgeExperiment) throws -> LineChart {
    let variances = NoiseRidgeExperiment.figureVariances
    let grid = logSpace(from: variances[0], to: variances[variances.count - 1], count: 41)
    let ridge = try experiment.ridgePath(grid)
    var series: [LineSeries] = []
    for j in 0..<NoiseRidgeExperiment.features {
      series.append(
        LineSeries(
          name: "w_{\(j + 1)}, ridge λ = σ²", x: grid, y: ridge.map { $0[j] },
          color: Palette.color(at: j), dash: .solid, markers: .none))
    }
    for j in 0..<NoiseRidgeExperiment.features {
      var augmented = LineSeries(
        name: "w_{\(j + 1)}, least squares on \(NoiseRidgeExperiment.figureCopies) noisy copies",
        x: variances, y: experiment.augmentedPath.map { $0[j] },
        color: Palette.color(at: j), marker: Palette.marker(at: j), markers: .all)
      augmented.drawsLine = false
      augmented.legendGroup =
        "markers: least squares on \(NoiseRidgeExperiment.figureCopies) noisy copies"
      series.append(augmented)
    }
    var chart = LineChart(
      title: "Input noise of variance σ² shrinks least squares like ridge with λ = σ²",
      description: "Coefficients of least squares on 64 copies of the data with input noise of "
        + "variance σ² (markers) against σ², on top of the ridge path of MSE + λ‖w‖² at "
        + "λ = σ² (lines, scikit-learn's α = n·σ²), one colour per coefficient.",
      xAxis: Axis(
        title: "σ² = λ (log scale; input-noise variance and ridge λ in MSE + λ‖w‖²)",
        scale: .log),
      yAxis: Axis(title: "coefficient w_{j}"), series: series)
    chart.horizontalMarkers = [HorizontalMarker(y: 0)]
    chart.legend = .right
    return chart
  }

  /// `test-error-vs-copies`: ‖w_K − w_ridge‖ against K, with the K^(−1/2) reference.
  static func distanceVersusCopies(_ experiment: NoiseRidgeExperiment) -> LineChart {
    let copies = NoiseRidgeExperiment.copies.map(Double.init)
    let d = experiment.distances
    let reference = copies.map { d[0] / $0.squareRoot() }
    return LineChart(
      title: "More noisy copies, closer to ridge: the distance falls like K^{−1/2}",
      description: "Distance between least squares on K noisy copies (σ² = "
        + "\(NumberFormat.readable(experiment.variance))) and the ridge solution at "
        + "λ = σ², against K on log-log axes, with the line d₁·K^(−1/2).",
      xAxis: Axis(title: "K, noisy copies of the 30 training rows (log scale)", scale: .log),
      yAxis: Axis(title: "‖w_{K} − w_{ridge}‖ (log scale)", scale: .log),
      series: [
        LineSeries(name: "measured", x: copies, y: d, markers: .all),
        LineSeries(
          name: "d₁·K^{−1/2}", x: copies, y: reference, color: .gray, dash: .dashed,
          markers: .none),
      ])
  }
}
