import Figures
import LessonKit
import Regularization

/// The three figures of lesson 9. Adam-L2 is blue and AdamW orange throughout; the larger
/// λ is solid, the smaller dashed.
enum OptimizerDecayFigures {
  static let adamColor = Color.blue
  static let adamWColor = Color.orange
  static let sgdColor = Color.bluishGreen

  /// `zero-gradient-decay`: w against step from w₀ = 1 with ∇L ≡ 0, log y.
  static func zeroGradientDecay(_ experiment: ZeroGradientExperiment) -> LineChart {
    let steps = (0...ZeroGradientExperiment.steps).map(Double.init)
    let start = ZeroGradientExperiment.figureStart
    var series: [LineSeries] = []
    for (runs, name, color) in [
      (experiment.adamL2, "Adam-L2", adamColor), (experiment.adamW, "AdamW", adamWColor),
    ] {
      for (index, lambda) in ZeroGradientExperiment.lambdas.enumerated() {
        guard let run = ZeroGradientExperiment.run(runs, lambda: lambda, start: start)
        else { continue }
        // The smaller λ gets markers: Adam-L2's two lines coincide, which is the point.
        series.append(
          LineSeries(
            name: "\(name), λ = \(NumberFormat.readable(lambda, significant: 1))", x: steps,
            y: run.weights, color: color, dash: index == 0 ? .solid : .dashed,
            marker: .circle, markers: index == 0 ? .none : .every(100)))
      }
    }
    if let broken = ZeroGradientExperiment.run(
      experiment.adamL2, lambda: ZeroGradientExperiment.breakingLambda, start: start)
    {
      series.append(
        LineSeries(
          name: "Adam-L2, λ = 1e-08 (λw ≈ ε)", x: steps, y: broken.weights, color: adamColor,
          dash: .dotted, marker: .circle, markers: .none))
    }
    var chart = LineChart(
      title: "No data gradient: AdamW decays by (1 − ηλ)ᵗ, Adam's L2 moves ≈ η per step for any λ",
      description: "Weight against step with a zero data gradient, η = 0.001, from w₀ = 1: "
        + "AdamW at λ = 0.1 and 1e-4 keeps 0.905 and 0.9999 of the weight; Adam with coupled "
        + "weight_decay ends near 0.26 at both λ, and only at λ = 1e-8, where λw ≈ ε, moves less.",
      xAxis: Axis(title: "step t (η = 0.001, ∇L = 0)"),
      yAxis: Axis(title: "weight w_t (log scale)", scale: .log), series: series)
    chart.legendTitle = "optimizer, weight_decay"
    return chart
  }

  /// `trajectories`: distance from the ridge solution against step at λ = 0.1, log y.
  static func trajectories(_ comparison: RidgeComparison) -> LineChart {
    let trace = comparison.trace
    // Every 10th step: 301 points per line are as smooth as 3001, at a tenth of the file.
    let shown = Array(stride(from: 0, to: trace.adamL2.count, by: 10))
    let steps = shown.map(Double.init)
    let pick = { (values: [Double]) in shown.map { values[$0] } }
    var chart = LineChart(
      title: "Full batch, λ = 0.1: Adam-L2 and SGD reach the ridge solution, AdamW stops short",
      description: "Relative distance ‖w_t − w_ridge‖/‖w_ridge‖ of the weights from the "
        + "minimizer of L + (λ/2)‖w‖² against step, for Adam with coupled weight_decay, SGD "
        + "with momentum 0.9 and weight_decay, and AdamW, all at λ = 0.1 and η = 0.01.",
      xAxis: Axis(title: "step t (full batch, η = 0.01)"),
      yAxis: Axis(title: "‖w_t − w_ridge‖ / ‖w_ridge‖ (log scale)", scale: .log),
      series: [
        LineSeries(
          name: "Adam, weight_decay = λ", x: steps, y: pick(trace.adamL2), color: adamColor,
          dash: .solid, marker: .circle, markers: .none),
        LineSeries(
          name: "SGD (μ = 0.9), weight_decay = λ", x: steps, y: pick(trace.sgd), color: sgdColor,
          dash: .dotted, marker: .square, markers: .none),
        LineSeries(
          name: "AdamW, weight_decay = λ", x: steps, y: pick(trace.adamW), color: adamWColor,
          dash: .dashed, marker: .triangle, markers: .none),
      ])
    chart.legendTitle = "optimizer"
    return chart
  }

  /// `test-error-vs-lambda`: test MSE of the three weight vectors against λ, log x.
  static func testError(_ comparison: RidgeComparison) -> LineChart {
    let lambdas = comparison.fits.map(\.lambda)
    var chart = LineChart(
      title: "Test MSE against λ: Adam-L2 is ridge, AdamW is something else",
      description: "Test mean squared error (500 samples) of the closed-form ridge solution, "
        + "full-batch Adam with coupled weight_decay and AdamW after 3000 steps, against λ; "
        + "the dotted line is unpenalized least squares.",
      xAxis: Axis(title: "λ (log scale; weight_decay, penalty (λ/2)‖w‖²)", scale: .log),
      yAxis: Axis(title: "test MSE (nn.MSELoss)"),
      series: [
        LineSeries(
          name: "Adam, weight_decay = λ", x: lambdas, y: comparison.fits.map(\.testError.adamL2),
          color: adamColor, dash: .dashed, marker: .circle, markers: .all),
        LineSeries(
          name: "AdamW, weight_decay = λ", x: lambdas, y: comparison.fits.map(\.testError.adamW),
          color: adamWColor, dash: .solid, marker: .triangle, markers: .all),
        // Drawn last, as crosses, so that it shows on top of the Adam-L2 points it equals.
        LineSeries(
          name: "ridge (closed form)", x: lambdas, y: comparison.fits.map(\.testError.ridge),
          color: .black, dash: .dotted, marker: .plus, markers: .all),
      ])
    chart.horizontalMarkers = [
      HorizontalMarker(y: comparison.leastSquaresTestError, label: "least squares")
    ]
    chart.legendTitle = "weights from"
    return chart
  }
}
