import Figures
import LessonKit
import Regularization

/// The two figures of lesson 11.
enum OverfittingFigures {
  /// `train-test-vs-lambda`: training and validation MSE of the polynomial against λ.
  static func errorsVersusLambda(_ experiment: PolynomialExperiment) throws -> LineChart {
    let lambdas = Array(PolynomialExperiment.grid.dropFirst())
    let k = experiment.chosenIndex
    let atZero = { (errors: [Double]) in NumberFormat.scientific(errors[0], 1) }
    var chart = LineChart(
      title: "Training error only rises with λ; validation error is lowest in between",
      description: "Mean squared error of ridge fits of a degree-15 polynomial to 15 noisy "
        + "points of sin(2πx), on the training points and on 100 validation points, against "
        + "λ (scikit-learn's α) on logspace(−10, 2, 25); the λ with the lowest validation "
        + "error is marked. λ = 0 cannot be placed on the log axis; its values are in the legend.",
      xAxis: Axis(title: "λ (log scale; ‖y − Xw − b‖² + λ‖w‖²)", scale: .log),
      yAxis: Axis(title: "mean squared error (log scale)", scale: .log),
      series: [
        LineSeries(
          name: "training (λ = 0: \(atZero(experiment.trainingError)))", x: lambdas,
          y: Array(experiment.trainingError.dropFirst()), color: .blue, dash: .solid),
        LineSeries(
          name: "validation (λ = 0: \(atZero(experiment.validationError)))", x: lambdas,
          y: Array(experiment.validationError.dropFirst()), color: .vermillion, dash: .dashed),
      ])
    chart.verticalMarkers = [
      VerticalMarker(
        x: PolynomialExperiment.grid[k],
        label: "chosen λ = \(NumberFormat.scientific(PolynomialExperiment.grid[k], 1))",
        color: .bluishGreen)
    ]
    chart.horizontalMarkers = [
      HorizontalMarker(
        y: PolynomialExperiment.noise * PolynomialExperiment.noise, label: "noise σ² = 0.04")
    ]
    return chart
  }

  /// `polynomial-fits`: the data, the true curve and the fits at λ = 0, the chosen λ and 100.
  static func fits(_ experiment: PolynomialExperiment) throws -> ScatterChart {
    let x = linearSpace(from: 0, to: 1, count: 201)
    let k = experiment.chosenIndex
    let last = PolynomialExperiment.grid.count - 1
    let label = { (index: Int) in
      index == 0
        ? "λ = 0 (minimum norm)"
        : "λ = \(NumberFormat.scientific(PolynomialExperiment.grid[index], 1))"
    }
    var chart = ScatterChart(
      title: "λ = 0 threads every point and swings wildly; the chosen λ follows sin(2πx)",
      description: "15 noisy training points of sin(2πx), the true curve, and degree-15 ridge "
        + "fits at λ = 0, at the λ chosen on the validation set and at λ = 100. The λ = 0 fit "
        + "leaves the plotted range between the points.",
      xAxis: Axis(title: "x"), yAxis: Axis(title: "y", range: -2...2),
      points: [
        PointSeries(
          name: "training points", x: experiment.training.inputs, y: experiment.training.targets,
          color: .black, marker: .circle)
      ])
    chart.lines = [
      FittedLine(name: "sin(2πx)", x: x, y: x.map(NoisySine.curve), color: .gray, dash: .dotted),
      FittedLine(
        name: label(0), x: x, y: try experiment.curve(0, at: x), color: .vermillion, dash: .solid),
      FittedLine(
        name: "chosen " + label(k), x: x, y: try experiment.curve(k, at: x), color: .bluishGreen,
        dash: .dashed),
      FittedLine(
        name: label(last), x: x, y: try experiment.curve(last, at: x), color: .blue, dash: .dashDot),
    ]
    return chart
  }
}
