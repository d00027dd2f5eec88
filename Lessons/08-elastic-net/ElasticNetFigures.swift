import Figures
import LessonKit
import Regularization

/// The two figures of lesson 8.
enum ElasticNetFigures {
  static let noiseColor = Color(hex: "#B0B0B0")
  static let dashes: [DashPattern] = [.solid, .dashed, .dotted]

  /// Said under the `paths` figure: how its three panels are drawn.
  static let pathsNote =
    "Three panels with shared axes, ρ = 1, ½ and 0.1 from left to right; noise features "
    + "are grey."

  /// `paths`: the coefficient paths at ρ = 1, ½, 0.1 against α/α_max(ρ), one panel each.
  static func paths(_ experiment: PathsExperiment) -> Panels {
    let data = experiment.data
    let panels = experiment.paths.enumerated().map { r, path in
      let ratio = PathsExperiment.ratios[r]
      let x = path.alphas.map { $0 / path.alphas[0] }
      var series: [LineSeries] = []
      for (g, members) in data.groups.enumerated() {
        for (m, j) in members.enumerated() {
          var line = LineSeries(
            name: "group \(g + 1) (w = \(NumberFormat.fixed(data.coefficients[j], 1)))",
            x: x, y: path.coefficients.map { $0[j] }, color: Palette.color(at: g),
            dash: dashes[g], markers: .none)
          line.showsInLegend = m == 0
          series.append(line)
        }
      }
      for (k, j) in data.noiseFeatures.enumerated() {
        var line = LineSeries(
          name: "noise feature (w = 0)", x: x, y: path.coefficients.map { $0[j] },
          color: noiseColor, dash: .solid, markers: .none)
        line.showsInLegend = k == 0
        series.append(line)
      }
      var chart = LineChart(
        title: "ρ = \(NumberFormat.readable(ratio, significant: 2))",
        xAxis: Axis(title: "α/α_{max}(ρ) (log scale)", scale: .log),
        yAxis: Axis(title: "coefficient w_{j}"), series: series)
      chart.horizontalMarkers = [HorizontalMarker(y: 0)]
      chart.verticalMarkers = [
        VerticalMarker(x: GroupingExperiment.fraction, label: "0.2·α_{max}")
      ]
      return Panel("rho=\(ratio)", chart)
    }
    return Panels(
      title: "Elastic-net paths: the smaller ρ, the more a group's three members move together",
      description: "Coefficient paths of 3 correlated groups of 3 features (colours, true w in "
        + "the legend) and 5 noise features (grey) against α/α_max, for ρ = 1, ½ and 0.1 in "
        + "three panels with shared axes.",
      panels: panels, sharesX: true, sharesY: true)
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
      xTitle: "correlated group (true w of each member); dotted line: an even split, 1/3",
      yAxis: Axis(title: "largest member's share of Σ|w| in the group", range: 0...1),
      categories: run.data.groups.enumerated().map { g, members in
        "group \(g + 1) (w = \(NumberFormat.fixed(run.data.coefficients[members[0]], 1)))"
      },
      groups: [
        BarGroup(name: "Lasso, 0.2·α_{max}", values: run.lassoShares),
        BarGroup(name: "elastic net ρ = ½, 0.2·α_{max}", values: run.elasticNetShares),
        BarGroup(name: "Lasso, CV α̂", values: cv.map(\.lasso)),
        BarGroup(name: "elastic net ρ = ½, CV α̂", values: cv.map(\.elasticNet)),
      ])
    chart.horizontalMarkers = [HorizontalMarker(y: 1.0 / 3, label: "")]
    return chart
  }
}
