import Figures
import LessonKit
import Regularization

/// The three figures of lesson 3. The bias-free fit is always blue and solid, the
/// bias-penalized one vermillion and dashed.
enum BiasPenaltyFigures {
  static let lambdaAxis = Axis(
    title: "λ (log scale) in 1/(2n)‖y − Xw − b‖² + (λ/2)‖w‖², scikit-learn's alpha = n·λ",
    scale: .log)
  static let freeName = "bias not penalized (weights only)"
  static let penalizedName = "bias penalized (weights + bias)"

  /// `test-mse-vs-lambda`: the test MSE of both fits against λ, log-log.
  static func testMSE(_ experiment: BiasPenaltyExperiment) -> LineChart {
    var chart = LineChart(
      title: "Test MSE against λ: penalizing the bias costs accuracy at almost every λ",
      description: "Test MSE (1000 samples) of L2-regularized linear regression on data with "
        + "offset 50, with the bias outside and inside the penalty, against λ on log axes.",
      xAxis: lambdaAxis, yAxis: Axis(title: "test MSE (log scale)", scale: .log),
      series: pair(experiment, experiment.weightsOnly.testMSE, experiment.weightsAndBias.testMSE))
    if let k = experiment.worseFromIndex {
      chart.verticalMarkers = [
        VerticalMarker(x: experiment.lambdas[k], label: "λ*: penalized worse from here on")
      ]
    }
    chart.horizontalMarkers = [
      HorizontalMarker(y: BiasPenaltyExperiment.noise * BiasPenaltyExperiment.noise, label: "σ²")
    ]
    chart.legend = .insideIfEmpty
    return chart
  }

  /// `intercept-vs-lambda`: the fitted b of both fits against λ, with ȳ marked.
  static func intercept(_ experiment: BiasPenaltyExperiment) -> LineChart {
    var chart = LineChart(
      title: "Fitted intercept b against λ: free, it stays at mean(y); penalized, it sinks to 0",
      description: "The intercept of both fits against λ (log scale); the dotted line marks "
        + "the training mean of y.",
      xAxis: lambdaAxis, yAxis: Axis(title: "fitted intercept b", includesZero: true),
      series: pair(
        experiment, experiment.weightsOnly.intercepts, experiment.weightsAndBias.intercepts))
    chart.horizontalMarkers = [
      HorizontalMarker(
        y: experiment.targetMean, label: "mean(y) = \(NumberFormat.fixed(experiment.targetMean, 2))"
      )
    ]
    chart.legend = .insideIfEmpty
    return chart
  }

  /// `fits`: one input, the data and both fitted lines at λ = 1.
  static func fits(_ line: BiasPenaltyLine) -> ScatterChart {
    var chart = ScatterChart(
      title: "Both fits at λ = \(NumberFormat.compact(BiasPenaltyLine.lambda)): the "
        + "penalized bias drags the line toward 0",
      description: "Training data y = 50 + 3x + noise (30 samples, their own mean(y) marked) "
        + "and the two L2 fits at λ = 1 in the 1/(2n) convention, with the unpenalized "
        + "least-squares line as a reference; the bias-free line passes through the data's "
        + "centre, the bias-penalized one far below it.",
      xAxis: Axis(title: "x"), yAxis: Axis(title: "y", includesZero: true),
      points: [
        PointSeries(
          name: "training data", x: line.inputs, y: line.data.train.targets, color: .gray,
          marker: .circle)
      ])
    chart.lines = [
      FittedLine(
        name: "least squares (λ = 0)", slope: line.leastSquares.coefficients[0],
        intercept: line.leastSquares.intercept, color: .gray, dash: .dotted),
      FittedLine(
        name: freeName, slope: line.weightsOnly.coefficients[0],
        intercept: line.weightsOnly.intercept, color: .blue, dash: .solid),
      FittedLine(
        name: penalizedName, slope: line.weightsAndBias.coefficients[0],
        intercept: line.weightsAndBias.intercept, color: .vermillion, dash: .dashed),
    ]
    chart.horizontalMarkers = [
      HorizontalMarker(y: line.targetMean, label: "mean(y) of these 30 points"),
      HorizontalMarker(y: 0),
    ]
    chart.legend = .insideIfEmpty
    return chart
  }

  static func pair(
    _ experiment: BiasPenaltyExperiment, _ free: [Double], _ penalized: [Double]
  ) -> [LineSeries] {
    [
      LineSeries(
        name: freeName, x: experiment.lambdas, y: free, color: .blue, dash: .solid,
        marker: .circle),
      LineSeries(
        name: penalizedName, x: experiment.lambdas, y: penalized, color: .vermillion,
        dash: .dashed, marker: .square),
    ]
  }
}
