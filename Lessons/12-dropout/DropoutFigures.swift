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

extension DropoutFigures {
  /// `decision-boundary`: P(class 1) over the plane, without and with dropout, the
  /// training points on top.
  static func decisionBoundary(_ experiment: DropoutExperiment) throws -> Panels {
    let (xs, ys) = experiment.boundaryAxes
    let data = experiment.firstTraining
    let zero = (0..<data.sampleCount).filter { data.targets[$0] == 0 }
    let one = (0..<data.sampleCount).filter { data.targets[$0] == 1 }
    func points(_ rows: [Int], _ name: String) -> PointSeries {
      PointSeries(
        name: name, x: rows.map { data.features[$0, 0] }, y: rows.map { data.features[$0, 1] })
    }
    func panel(_ network: MLP, _ title: String) throws -> HeatMap {
      var map = HeatMap(
        title: title, xAxis: Axis(title: "x₁"), yAxis: Axis(title: "x₂"),
        grid: Grid2D(x: xs, y: ys, values: try experiment.probabilities(of: network, x: xs, y: ys)),
        colorBarTitle: "predicted P(class 1)")
      map.valueRange = 0...1
      map.points = [points(zero, "class 0 (outer moon)"), points(one, "class 1 (inner moon)")]
      map.equalScale = true
      return map
    }
    var figure = Panels(
      title: "Without dropout the boundary bends around single points; with dropout it is smoother",
      description: "Predicted probability of class 1 of the 2-32-1 network over the plane, "
        + "without dropout (left) and with dropout q = 0.5 (right), first seed, with the 50 "
        + "training points on top.",
      panels: [
        Panel("no dropout", try panel(experiment.networks.plain, "no dropout")),
        Panel("dropout q=0.5", try panel(experiment.networks.dropped, "dropout q = 0.5")),
      ], sharesX: true, sharesY: true)
    figure.legend = .right
    return figure
  }
}
