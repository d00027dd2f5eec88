import Figures
import LessonKit
import Regularization

/// The two figures of lesson 13.
enum EarlyStoppingFigures {
  /// `loss-curves`: training and validation loss per epoch over the whole budget, with the
  /// best epoch and the stop epoch marked.
  static func lossCurves(_ experiment: EarlyStoppingExperiment) -> LineChart {
    let epochs = (1...experiment.fullHistory.epochCount).map(Double.init)
    var chart = LineChart(
      title: "Validation loss turns up while training loss keeps falling",
      description: "Mean loss (ŷ − y)²/2 on 40 training and 100 validation examples after "
        + "each epoch of minibatch SGD over the full budget of "
        + "\(EarlyStoppingExperiment.budget) epochs; the epoch with the lowest validation loss "
        + "and the epoch early stopping (patience \(EarlyStoppingExperiment.patience)) stops at "
        + "are marked.",
      xAxis: Axis(title: "epoch", range: 0...Double(EarlyStoppingExperiment.budget)),
      yAxis: Axis(title: "mean loss (ŷ − y)²/2 (log scale)", scale: .log),
      series: [
        LineSeries(
          name: "training", x: epochs, y: experiment.fullHistory.trainingLoss, color: .blue,
          dash: .solid, markers: .none),
        LineSeries(
          name: "validation", x: epochs, y: experiment.fullHistory.validationLoss,
          color: .vermillion, dash: .dashed, markers: .none),
      ])
    if let best = experiment.bestEpoch {
      chart.verticalMarkers.append(
        VerticalMarker(x: Double(best), label: "best epoch \(best)", color: .bluishGreen))
    }
    if let stop = experiment.stoppedEpoch {
      chart.verticalMarkers.append(
        VerticalMarker(x: Double(stop), label: "stop \(stop)", color: .gray, dash: .dotted))
    }
    return chart
  }

  /// `gd-vs-ridge-path`: a few coefficients along the gradient descent iterates and along
  /// the ridge path at λ = 1/(η·t), against t.
  static func path(_ path: GradientDescentRidgePath) -> LineChart {
    let steps = Array(1...GradientDescentRidgePath.steps)
    let final = path.descent[GradientDescentRidgePath.steps]
    let shown = final.indices.sorted { abs(final[$0]) > abs(final[$1]) }.prefix(4)
    var series: [LineSeries] = []
    for (rank, j) in shown.enumerated() {
      let color = Palette.color(at: rank)
      series.append(
        LineSeries(
          name: "w_{\(j + 1)} gradient descent", x: steps.map(Double.init),
          y: steps.map { path.descent[$0][j] }, color: color, dash: .solid, markers: .none))
      series.append(
        LineSeries(
          name: "w_{\(j + 1)} ridge", x: steps.map(Double.init), y: steps.map { path.ridge[$0][j] },
          color: color, dash: .dashed, markers: .none))
    }
    var chart = LineChart(
      title: "Stopping gradient descent at step t is close to ridge with λ = 1/(η·t)",
      description: "The four largest coefficients of gradient descent on (1/2n)‖y − Xw‖² "
        + "(solid) after t steps of size η = 1/d_max, and of ridge on that plus (λ/2)‖w‖² at "
        + "λ = 1/(η·t) (dashed), against t on a log scale.",
      xAxis: Axis(title: "gradient descent steps t (log scale); ridge at λ = 1/(η·t)", scale: .log),
      yAxis: Axis(title: "coefficient w_{j}"),
      series: series)
    chart.horizontalMarkers = [HorizontalMarker(y: 0)]
    chart.verticalMarkers = [
      VerticalMarker(
        x: Double(GradientDescentRidgePath.firstClaimedStep),
        label: "t = \(GradientDescentRidgePath.firstClaimedStep)")
    ]
    return chart
  }
}
