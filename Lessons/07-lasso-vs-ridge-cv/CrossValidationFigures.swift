import Figures
import LessonKit
import Regularization

/// The two figures of lesson 7.
enum CrossValidationFigures {
  /// `cv-curves`: the mean fold MSE ± one standard deviation against the penalty weight,
  /// both models on one axis in the Lasso's 1/(2n) scaling (Ridge's α/(2n)).
  static func curves(_ experiment: CrossValidationExperiment) -> LineChart {
    let lasso = experiment.lasso
    let ridge = experiment.ridge
    let toLassoScale = 1 / (2 * Double(experiment.trainingRows))
    let ridgeX = ridge.alphas.map { $0 * toLassoScale }
    var chart = LineChart(
      title: "5-fold CV error: Ridge's α grid lies far below the floor of the Lasso's",
      description: "Mean held-out MSE over 5 folds, with a band of ± one standard deviation, "
        + "against the penalty weight in the 1/(2n) scaling: LassoCV's 100 values of α and "
        + "RidgeCV's three α divided by 2n. Dashed lines mark the chosen values.",
      xAxis: Axis(
        title: "penalty weight in 1/(2n)·‖y − Xw‖² + …  (Lasso α; Ridge α/(2n); log scale)",
        scale: .log),
      yAxis: Axis(title: "held-out MSE, mean ± 1 sd over 5 folds (log scale)", scale: .log),
      series: [
        LineSeries(
          name: "LassoCV (mean fold MSE)", x: lasso.alphas, y: lasso.meanErrors,
          markers: .none,
          band: band(lasso.meanErrors, lasso.errorDeviations)),
        LineSeries(
          name: "RidgeCV (mean fold MSE)", x: ridgeX, y: ridge.meanErrors, markers: .all,
          band: band(ridge.meanErrors, ridge.errorDeviations)),
      ])
    chart.verticalMarkers = [
      VerticalMarker(
        x: experiment.lassoAlpha,
        label: "Lasso α̂ = \(NumberFormat.readable(experiment.lassoAlpha, significant: 3))",
        color: Palette.color(at: 0)),
      VerticalMarker(
        x: experiment.ridgeAlpha * toLassoScale,
        label: "Ridge α̂ = \(NumberFormat.readable(experiment.ridgeAlpha)) (÷2n)",
        color: Palette.color(at: 1)),
    ]
    return chart
  }

  /// `coefficients`: each estimate minus the true weight, Lasso and Ridge, per feature.
  static func coefficients(_ experiment: CrossValidationExperiment) -> BarChart {
    let truth = experiment.truth.coefficients
    let categories = truth.indices.map {
      "\(featureName($0)) (\(NumberFormat.fixed(truth[$0], 1)))"
    }
    var chart = BarChart(
      title: "Estimate − true weight: the Lasso pulls every kept weight ≈ α̂ toward 0, Ridge barely",
      description: "For each of the 20 features (true weight in brackets) the Lasso and Ridge "
        + "refit's coefficient minus the true one; dotted lines at ± the Lasso's α̂.",
      xTitle: "feature (true w)",
      yAxis: Axis(title: "estimated w − true w"),
      categories: categories,
      groups: [
        BarGroup(name: "Lasso − true", values: zip(experiment.lassoCoefficients, truth).map(-)),
        BarGroup(name: "Ridge − true", values: zip(experiment.ridgeCoefficients, truth).map(-)),
      ])
    chart.horizontalMarkers = [
      HorizontalMarker(y: experiment.lassoAlpha, label: "+α̂"),
      // At the right end the last feature's bar crosses −α̂; the first one's stops short.
      HorizontalMarker(y: -experiment.lassoAlpha, label: "−α̂", labelEnd: .left),
    ]
    return chart
  }

  static func band(_ means: [Double], _ deviations: [Double]) -> ErrorBand {
    ErrorBand(lower: zip(means, deviations).map(-), upper: zip(means, deviations).map(+))
  }
}
