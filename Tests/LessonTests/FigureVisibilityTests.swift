import Testing

@testable import Figures
@testable import lesson_1
@testable import lesson_2
@testable import lesson_3
@testable import lesson_4

/// Every figure of lessons 1–4 on its lesson's default seed, by name.
private func lessonFigures() throws -> [(String, any Figure)] {
  let sparsity = try SparsityExperiment(seed: 1)
  let run = try Lesson2Runs.run(2)
  let bias = try BiasPenaltyExperiment(seed: 1)
  let line = try BiasPenaltyLine(seed: 1)
  let curves = try LossCurveExperiment()
  return [
    ("lesson-1 lasso-path", SparsityFigures.lassoPath(sparsity)),
    ("lesson-1 ridge-path", SparsityFigures.ridgePath(sparsity)),
    ("lesson-1 nonzeros-vs-alpha", SparsityFigures.nonZeros(sparsity)),
    ("lesson-2 weight-norm-decay", WeightDecayFigures.weightNormDecay(run.decay)),
    ("lesson-2 ridge-shrinkage", WeightDecayFigures.ridgeShrinkage(run.shrinkage)),
    ("lesson-2 shrinkage-factors", WeightDecayFigures.shrinkageFactors(run.shrinkage)),
    ("lesson-3 test-mse-vs-lambda", BiasPenaltyFigures.testMSE(bias)),
    ("lesson-3 intercept-vs-lambda", BiasPenaltyFigures.intercept(bias)),
    ("lesson-3 fits", BiasPenaltyFigures.fits(line)),
    ("lesson-4 losses", LossGradientFigures.losses(curves)),
    ("lesson-4 gradients", LossGradientFigures.gradients(curves)),
    ("lesson-4 convergence", LossGradientFigures.convergence(try LossDescentExperiment(seed: 4))),
    ("lesson-4 outliers", LossGradientFigures.outliers(try OutlierFitExperiment(seed: 4))),
  ]
}

@Suite("Figures of lessons 1–4 show every series they name")
struct FigureVisibilityTests {
  @Test("no line lies under a later one over 80 % of its length (2 px) unless drawn wider")
  func noHiddenSeries() throws {
    let figures = try lessonFigures()
    #expect(figures.count == 13)
    for (name, figure) in figures {
      for panel in SeriesCoincidence.lines(of: figure) {
        let hidden = SeriesCoincidence.hidden(in: panel)
        #expect(hidden.isEmpty, "\(name): \(hidden)")
      }
    }
  }

  @Test("the helper finds a series hidden under an identical one, and accepts a wide band")
  func detectsHiddenSeries() {
    let x = (0...50).map { Double($0) / 10 }
    var chart = LineChart(
      title: "", xAxis: Axis(), yAxis: Axis(),
      series: [
        LineSeries(name: "under", x: x, y: x.map { min($0, 2) }, dash: .solid),
        LineSeries(name: "over", x: x, y: x.map { min($0, 2) + 0.001 }, dash: .solid),
        LineSeries(name: "apart", x: x, y: x.map { -$0 }, dash: .solid),
      ])
    let found = SeriesCoincidence.hidden(in: SeriesCoincidence.lines(of: chart)[0])
    #expect(found.map(\.hidden) == ["under"])
    #expect(found.first?.by == "over")
    chart.series[0].lineWidth = 6
    #expect(SeriesCoincidence.hidden(in: SeriesCoincidence.lines(of: chart)[0]).isEmpty)
  }

  @Test("lesson 4's gradients before the fix (Smooth L1 drawn like the rest) is caught")
  func detectsTheOldGradients() throws {
    var chart = LossGradientFigures.gradients(try LossCurveExperiment())
    // Undo the fix: Smooth L1 back to a normal dotted line between L1 and Huber.
    let index = try #require(chart.series.firstIndex { $0.lineWidth != nil })
    let smooth = chart.series[index]
    chart.series[index].lineWidth = nil
    chart.series[index].opacity = 1
    chart.series[index].dash = .dotted
    chart.series[index].layer = 0
    let found = SeriesCoincidence.hidden(in: SeriesCoincidence.lines(of: chart)[0])
    #expect(found.contains { $0.hidden == smooth.name })
  }
}
