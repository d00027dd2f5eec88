import Figures
import LessonKit
import Regularization

/// The two figures of lesson 5. Each cost keeps one colour in both figures' legends:
/// quadratic blue, cross-entropy vermillion, cross-entropy at Nielsen's η green.
enum SaturationFigures {
  static let quadraticColor = Color.blue
  static let crossEntropyColor = Color.vermillion
  static let nielsenColor = Color.bluishGreen

  /// The colour and dash of a run: colour by cost and rate, dash by start.
  static func style(_ run: SaturationExperiment.Run) -> (Color, DashPattern, MarkerShape) {
    let color =
      run.cost == .quadratic
      ? quadraticColor
      : (run.learningRate == SaturationExperiment.nielsenRate ? nielsenColor : crossEntropyColor)
    let marker: MarkerShape =
      run.cost == .quadratic
      ? .circle : (run.learningRate == SaturationExperiment.nielsenRate ? .triangle : .square)
    return (color, run.start == 0 ? .solid : .dashed, marker)
  }

  /// `output-vs-epoch`: the output a against the epoch for every run.
  static func outputs(_ experiment: SaturationExperiment) -> LineChart {
    let epochs = (0...SaturationExperiment.epochs).map(Double.init)
    let runs = experiment.comparison + experiment.nielsenRuns
    var chart = LineChart(
      title: "From w = b = 2 the quadratic cost stalls; cross-entropy does not",
      description: "Output a = σ(w + b) of a sigmoid neuron trained toward y = 0 with x = 1, "
        + "against the epoch (one gradient step each), for 300 epochs: from w = 0.6, b = 0.9 "
        + "(solid) and from w = b = 2 (dashed), on the quadratic cost and on cross-entropy "
        + "at η = 0.15, and on cross-entropy at Nielsen's η = 0.005.",
      xAxis: Axis(title: "epoch (one gradient step on the single sample)"),
      yAxis: Axis(title: "output a = σ(w·1 + b), target 0", range: 0...1),
      series: runs.map { run in
        let (color, dash, marker) = style(run)
        return LineSeries(
          name: "\(experiment.starts[run.start].name): \(run.cost.name), η = \(run.learningRate)",
          x: epochs, y: run.outputs, color: color, dash: dash, marker: marker)
      })
    chart.legend = .right
    return chart
  }

  /// `sigmoid-derivative`: σ(z) and σ′(z) for z ∈ [−10, 10], the saturated |z| > 4 marked.
  static func derivative(_ experiment: SaturationExperiment) -> LineChart {
    let z = linearSpace(from: -10, to: 10, count: 401)
    let edge = SaturationClaims.saturationEdge
    var chart = LineChart(
      title: "σ′(z) is at most 1/4 and nearly 0 once |z| > 4",
      description: "The sigmoid σ(z) and its derivative σ′(z) = σ(z)(1 − σ(z)) for z from −10 "
        + "to 10; outside |z| ≤ 4 (marked) σ′ < 0.02, the saturated regions where the "
        + "quadratic cost's gradient (a − y)·σ′(z)·x nearly vanishes. The two starts of the "
        + "experiment sit at z = 1.5 and z = 4.",
      xAxis: Axis(title: "weighted input z = w·x + b"),
      yAxis: Axis(title: "value", range: 0...1),
      series: [
        LineSeries(
          name: "σ(z)", x: z, y: z.map(sigmoid), color: .gray, dash: .dashed, markers: .none),
        LineSeries(
          name: "σ′(z) = σ(z)(1 − σ(z))", x: z, y: z.map(sigmoidDerivative), color: .blue,
          dash: .solid, markers: .none),
      ])
    chart.verticalMarkers = [
      VerticalMarker(x: -edge, label: "z = −4: saturated to the left"),
      VerticalMarker(x: edge, label: "z = 4: saturated to the right"),
    ]
    chart.horizontalMarkers = [HorizontalMarker(y: 0.25, label: "1/4")]
    return chart
  }
}
