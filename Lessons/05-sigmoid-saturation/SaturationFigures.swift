import Figures
import LessonKit
import Regularization

/// The two figures of lesson 5. Each cost keeps one colour in both figures' legends:
/// quadratic blue, cross-entropy vermillion, cross-entropy at Nielsen's η green.
enum SaturationFigures {
  static let quadraticColor = Color.blue
  static let crossEntropyColor = Color.vermillion
  static let nielsenColor = Color.bluishGreen

  /// The colour, dash and marker of a run: by cost and rate, the same in both panels.
  static func style(_ run: SaturationExperiment.Run) -> (Color, DashPattern, MarkerShape) {
    if run.cost == .quadratic { return (quadraticColor, .solid, .circle) }
    return run.learningRate == SaturationExperiment.nielsenRate
      ? (nielsenColor, .dotted, .triangle) : (crossEntropyColor, .dashed, .square)
  }

  /// `output-vs-epoch`: the output a against the epoch, one panel per start.
  static func outputs(_ experiment: SaturationExperiment) -> Panels {
    let epochs = (0...SaturationExperiment.epochs).map(Double.init)
    let runs = experiment.comparison + experiment.nielsenRuns
    let panels = experiment.starts.indices.map { start in
      let chart = LineChart(
        title: "start \(experiment.starts[start].name), a₀ = "
          + NumberFormat.fixed(
            experiment.starts[start].neuron.output(SaturationExperiment.input), 2),
        xAxis: Axis(title: "epoch (one gradient step)"),
        yAxis: Axis(title: "output a = σ(w + b), target 0", range: 0...1),
        series: runs.filter { $0.start == start }.map { run in
          let (color, dash, marker) = style(run)
          return LineSeries(
            name: "\(run.cost.name), η = \(run.learningRate)", x: epochs, y: run.outputs,
            color: color, dash: dash, marker: marker)
        })
      return Panel(start == 0 ? "mild start" : "badly wrong start", chart)
    }
    return Panels(
      title: "From w = b = 2 the quadratic cost stalls; cross-entropy does not",
      description: "Output a = σ(w + b) of a sigmoid neuron trained toward y = 0 with x = 1, "
        + "against the epoch (one gradient step each), for 300 epochs, in two panels: from "
        + "w = 0.6, b = 0.9 and from w = b = 2. In each, the quadratic cost and cross-entropy "
        + "at η = 0.15, and cross-entropy at Nielsen's η = 0.005.",
      panels: panels, sharesY: true)
  }

  /// `sigmoid-derivative`: σ(z) and σ′(z) for z ∈ [−10, 10], the saturated |z| > 4 marked.
  static func derivative(_ experiment: SaturationExperiment) -> LineChart {
    let z = linearSpace(from: -10, to: 10, count: 401)
    let edge = SaturationClaims.saturationEdge
    var chart = LineChart(
      title: "σ′(z) is at most 1/4 and nearly 0 once |z| > 4",
      description: "The sigmoid σ(z) and its derivative σ′(z) = σ(z)(1 − σ(z)) for z from −10 "
        + "to 10; outside |z| ≤ 4 (shaded) σ′ < 0.02, the saturated regions where the "
        + "quadratic cost's gradient (a − y)·σ′(z)·x nearly vanishes. The two starts of the "
        + "experiment sit at z = 1.5 and z = 4 (marked).",
      xAxis: Axis(title: "weighted input z = w·x + b"),
      yAxis: Axis(title: "value", range: 0...1),
      series: [
        LineSeries(
          name: "σ(z)", x: z, y: z.map(sigmoid), color: .gray, dash: .dashed, markers: .none),
        LineSeries(
          name: "σ′(z) = σ(z)(1 − σ(z))", x: z, y: z.map(sigmoidDerivative), color: .blue,
          dash: .solid, markers: .none),
      ])
    chart.spans = [
      VerticalSpan(from: -10, to: -edge, label: "saturated: σ′ < 0.02", color: .orange),
      VerticalSpan(from: edge, to: 10, label: "saturated: σ′ < 0.02", color: .orange),
    ]
    chart.verticalMarkers = experiment.starts.map { start in
      let z = start.neuron.preactivation(SaturationExperiment.input)
      return VerticalMarker(
        x: z, label: "start \(start.name): z = \(NumberFormat.readable(z, significant: 2))")
    }
    chart.horizontalMarkers = [HorizontalMarker(y: 0.25, label: "1/4")]
    return chart
  }
}
