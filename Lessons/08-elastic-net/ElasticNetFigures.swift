import Figures
import LessonKit
import Regularization

/// The two figures of lesson 8.
enum ElasticNetFigures {
  static let noiseColor = Color(hex: "#B0B0B0")
  static let dashes: [DashPattern] = [.solid, .dashed, .dotted]

  /// Said under the `paths` figure: how its three panels are drawn.
  static let pathsNote =
    "The three values of ρ share one chart (solid ρ = 1, dashed ρ = ½, dotted ρ = 0.1); "
    + "noise features are grey."

  /// `paths`: the coefficient paths at ρ = 1, ½, 0.1 against α/α_max(ρ).
  static func paths(_ experiment: PathsExperiment) -> LineChart {
    var series: [LineSeries] = []
    let data = experiment.data
    for (r, path) in experiment.paths.enumerated() {
      let ratio = PathsExperiment.ratios[r]
      let x = path.alphas.map { $0 / path.alphas[0] }
      for (g, members) in data.groups.enumerated() {
        for (m, j) in members.enumerated() {
          var line = LineSeries(
            name: "ρ = \(NumberFormat.readable(ratio, significant: 2)) · group \(g + 1) "
              + "(w = \(NumberFormat.readable(data.coefficients[j])))",
            x: x, y: path.coefficients.map { $0[j] }, color: Palette.color(at: g),
            dash: dashes[r], markers: .none)
          line.showsInLegend = m == 0
          series.append(line)
        }
      }
      for j in data.noiseFeatures {
        var line = LineSeries(
          name: "ρ = \(NumberFormat.readable(ratio, significant: 2)) · noise x\(j + 1)",
          x: x, y: path.coefficients.map { $0[j] }, color: noiseColor, dash: dashes[r],
          markers: .none)
        line.showsInLegend = false
        series.append(line)
      }
    }
    var chart = LineChart(
      title: "Elastic-net paths: the smaller ρ, the more a group's members move together",
      description: "Coefficients of 3 correlated groups (colours) and 5 noise features (grey) "
        + "against α/α_max for ρ = 1 (solid), ½ (dashed) and 0.1 (dotted).",
      xAxis: Axis(title: "α/α_max(ρ) (log scale; penalty grows to the right)", scale: .log),
      yAxis: Axis(title: "coefficient w_j"), series: series)
    chart.horizontalMarkers = [HorizontalMarker(y: 0)]
    chart.verticalMarkers = [VerticalMarker(x: GroupingExperiment.fraction, label: "0.2·α_max")]
    chart.legendTitle = "ρ · group (true w)"
    return chart
  }

  /// `grouping`: the largest member's share per group, both models, two α rules.
  static func grouping(
    _ run: GroupingExperiment, crossValidated: [(lasso: Double, elasticNet: Double)]
  ) -> BarChart {
    let cv = Array(crossValidated.prefix(run.data.groups.count))
    var chart = BarChart(
      title:
        "Largest member's share of each group's |w|: the Lasso concentrates, the elastic net spreads",
      description: "For each of the 3 correlated groups of the first seed, the largest member's "
        + "share of the group's Σ|w|, for the Lasso and the elastic net (ρ = ½) at "
        + "α = 0.2·α_max and at the CV-chosen α; 1/3 is an even split.",
      xTitle: "correlated group (true w of each member)",
      yAxis: Axis(title: "largest member's share of Σ|w| in the group", range: 0...1),
      categories: run.data.groups.enumerated().map { g, members in
        "group \(g + 1) (w = \(NumberFormat.readable(run.data.coefficients[members[0]])))"
      },
      groups: [
        BarGroup(name: "Lasso, 0.2·α_max", values: run.lassoShares),
        BarGroup(name: "elastic net ρ = ½, 0.2·α_max", values: run.elasticNetShares),
        BarGroup(name: "Lasso, CV α̂", values: cv.map(\.lasso)),
        BarGroup(name: "elastic net ρ = ½, CV α̂", values: cv.map(\.elasticNet)),
      ])
    chart.horizontalMarkers = [HorizontalMarker(y: 1.0 / 3, label: "even split 1/3")]
    return chart
  }
}
