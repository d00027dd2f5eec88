import Figures
import LessonKit
import Regularization

/// The figures of lesson 12.
enum DropoutFigures {
  /// `learning-curves`: train (evaluation mode) and test cross-entropy per step, both runs.
  static func learningCurves(_ experiment: DropoutExperiment) -> LineChart {
    let steps = experiment.curveSteps
    let c = experiment.curves
    return LineChart(
      title: "Without dropout the train loss keeps falling while the test loss turns up",
      description: "Binary cross-entropy on the 50 training points (evaluation mode) and on "
        + "500 test points against Adam steps, for the 2-32-1 network without dropout and "
        + "with dropout q = 0.5, first seed, every \(DropoutExperiment.curveInterval) steps.",
      xAxis: Axis(title: "full-batch Adam step"),
      yAxis: Axis(title: "binary cross-entropy (mean over points)", includesZero: true),
      series: [
        LineSeries(
          name: "train, no dropout", x: steps, y: c.plainTrain, color: .vermillion, dash: .dashed,
          markers: .none),
        LineSeries(
          name: "test, no dropout", x: steps, y: c.plainTest, color: .vermillion, dash: .solid,
          markers: .none),
        LineSeries(
          name: "train, dropout q = 0.5", x: steps, y: c.droppedTrain, color: .blue,
          dash: .dashed, markers: .none),
        LineSeries(
          name: "test, dropout q = 0.5", x: steps, y: c.droppedTest, color: .blue, dash: .solid,
          markers: .none),
      ])
  }
}
