import Figures
import LessonKit
import Regularization

/// The two figures of lesson 11.
enum OverfittingFigures {
  /// `train-test-vs-lambda`: training and validation error against λ, the polynomial (its
  /// chosen λ marked) beside the d2l problem (its predict-the-mean plateau marked).
  static func errorsVersusLambda(
    _ experiment: PolynomialExperiment, d2l: D2LExperiment
  ) throws -> Panels {
    Panels(
      title: "Training error only rises with λ; validation error has a minimum or a plateau",
      description: "Top: mean squared error of ridge fits of a degree-15 polynomial to 15 "
        + "noisy points of sin(2πx), on the training points and on 100 validation points, "
        + "against λ on logspace(−10, 2, 25); the λ with the lowest validation error is "
        + "marked. Bottom: final training and validation loss of d2l's SGD runs (current "
        + "edition) against λ; the dotted grey line is the validation loss of predicting the "
        + "training mean. λ = 0 cannot be placed on a log axis; its values are in the legends.",
      panels: [
        Panel("polynomial", polynomialPanel(experiment)), Panel("d2l", d2lPanel(d2l)),
      ], arrangement: .column)
  }

  static func polynomialPanel(_ experiment: PolynomialExperiment) -> LineChart {
    let lambdas = Array(PolynomialExperiment.grid.dropFirst())
    let k = experiment.chosenIndex
    var chart = LineChart(
      title: "degree-15 polynomial, closed-form ridge",
      xAxis: Axis(title: "λ (log scale; ‖y − Xw − b‖² + λ‖w‖²)", scale: .log),
      yAxis: Axis(title: "mean squared error (log scale)", scale: .log),
      series: [
        LineSeries(
          name: "polynomial training (λ = 0: \(atZero(experiment.trainingError)))", x: lambdas,
          y: Array(experiment.trainingError.dropFirst()), color: .blue, dash: .solid),
        LineSeries(
          name: "polynomial validation (λ = 0: \(atZero(experiment.validationError)))",
          x: lambdas, y: Array(experiment.validationError.dropFirst()), color: .vermillion,
          dash: .dashed),
      ])
    chart.verticalMarkers = [
      VerticalMarker(
        x: PolynomialExperiment.grid[k],
        label: "chosen λ = \(NumberFormat.scientific(PolynomialExperiment.grid[k], 1))",
        color: .bluishGreen)
    ]
    return chart
  }

  static func d2lPanel(_ d2l: D2LExperiment) -> LineChart {
    let runs = d2l.runs.filter { $0.lambda > 0 }
    let zero = d2l.runs.first { $0.lambda == 0 }
    let label = { (value: Double?) in value.map { NumberFormat.scientific($0, 1) } ?? "not run" }
    let chart = LineChart(
      title: "d2l, 200 inputs, SGD (current edition)",
      xAxis: Axis(title: "λ (log scale; mean((ŷ − y)²/2) + λ‖w‖²/2)", scale: .log),
      yAxis: Axis(title: "mean loss (ŷ − y)²/2 (log scale)", scale: .log),
      series: [
        LineSeries(
          name: "d2l training (λ = 0: \(label(zero?.trainingLoss)))", x: runs.map(\.lambda),
          y: runs.map(\.trainingLoss), color: .skyBlue, dash: .solid, marker: .diamond),
        LineSeries(
          name: "d2l validation (λ = 0: \(label(zero?.validationLoss)))", x: runs.map(\.lambda),
          y: runs.map(\.validationLoss), color: .orange, dash: .dashed, marker: .triangle),
        LineSeries(
          name: "d2l validation of predicting ȳ", x: runs.map(\.lambda),
          y: runs.map { _ in d2l.meanPredictorLoss }, color: .gray, dash: .dotted,
          markers: .none),
      ])
    return chart
  }

  static func atZero(_ errors: [Double]) -> String { NumberFormat.scientific(errors[0], 1) }

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
