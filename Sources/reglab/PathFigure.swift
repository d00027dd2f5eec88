import Figures

/// The pictures reglab writes with `--out`.
enum PathFigure {
  /// The features drawn in colour and named in the legend; others are thin grey lines.
  static let labelled = 10
  /// The colour of the unlabelled lines.
  static let background = Color(hex: "#BBBBBB")

  /// `path.svg`: every coefficient against α on a log axis, large α on the left.
  static func chart(_ report: PathReport) -> LineChart {
    let names = report.problem.data.csv.featureNames
    let alphas = report.alphas
    let last = report.coefficients.last ?? []
    let order = names.indices.sorted {
      abs(last[$0]) > abs(last[$1]) || (abs(last[$0]) == abs(last[$1]) && $0 < $1)
    }
    let shown = Array(order.prefix(labelled))
    var series: [LineSeries] = []
    for j in names.indices where !shown.contains(j) {
      var line = LineSeries(
        name: names[j], x: alphas, y: report.coefficients.map { $0[j] }, color: background,
        dash: .solid, markers: .none)
      line.showsInLegend = false
      series.append(line)
    }
    for (rank, j) in shown.enumerated() {
      series.append(
        LineSeries(
          name: names[j], x: alphas, y: report.coefficients.map { $0[j] },
          color: Palette.color(at: rank), dash: Palette.dash(at: rank),
          marker: Palette.marker(at: rank)))
    }
    let others = names.count - shown.count
    var chart = LineChart(
      title: "Coefficient path: \(Describe.penalty(report.problem.options)), "
        + "\(report.problem.data.source)",
      description: "Each feature's coefficient (original scale) against α on a log axis, "
        + "large α on the left, for \(alphas.count) values of α. "
        + (others > 0
          ? "The \(shown.count) features largest at the smallest α are coloured and named; "
            + "the other \(others) are grey."
          : "Every feature is named."),
      xAxis: Axis(title: "α (log scale, decreasing to the right)", scale: .log, isReversed: true),
      yAxis: Axis(title: "coefficient", includesZero: true),
      series: series)
    chart.legendTitle = others > 0 ? "largest \(shown.count) of \(names.count)" : nil
    return chart
  }

  /// `fit.svg`: the coefficients of one fit as bars.
  static func bars(title: String, names: [String], weights: [Double]) -> BarChart {
    var chart = BarChart(
      title: title,
      description: "The coefficient of each of the \(names.count) features (original scale).",
      xTitle: "feature", yAxis: Axis(title: "coefficient", includesZero: true),
      categories: names, groups: [BarGroup(name: "coefficient", values: weights)])
    chart.legend = .hidden
    return chart
  }

  /// `cv.svg`: mean test MSE against α, each fold thin, the chosen α marked.
  static func validation(_ report: CrossValidationReport) -> LineChart {
    let alphas = report.alphas
    var series: [LineSeries] = []
    for fold in 0..<report.foldCount {
      var line = LineSeries(
        name: "fold \(fold + 1)", x: alphas, y: report.mse.map { $0[fold] }, color: background,
        dash: .solid, markers: .none)
      line.showsInLegend = fold == 0
      if fold == 0 { line.name = "single folds" }
      series.append(line)
    }
    series.append(
      LineSeries(
        name: "mean over \(report.foldCount) folds", x: alphas, y: report.meanMSE, color: .blue,
        dash: .solid, marker: .circle))
    var chart = LineChart(
      title:
        "\(report.foldCount)-fold cross-validation: \(Describe.penalty(report.problem.options))",
      description: "Mean squared error on the held-out fold against α (log axis, large α on "
        + "the left), for each fold and their mean; the dashed line marks the α with the "
        + "smallest mean, \(Describe.number(report.bestAlpha)).",
      xAxis: Axis(title: "α (log scale, decreasing to the right)", scale: .log, isReversed: true),
      yAxis: Axis(title: "test MSE"),
      series: series)
    chart.verticalMarkers.append(
      VerticalMarker(x: report.bestAlpha, label: "best α = \(Describe.number(report.bestAlpha))"))
    return chart
  }
}
