import Figures
import LessonKit
import Regularization

/// The three figures of lesson 6. L1 is vermillion and L2 blue in all of them.
enum CornerFigures {
  static let l1Color = Color.vermillion
  static let l2Color = Color.blue

  /// `unit-balls`: the level sets of L1, L2 and the ρ = ½ elastic net through (±1, 0).
  static func unitBalls() throws -> LineChart {
    let elastic = try ElasticNetPenalty(alpha: 1, l1Ratio: 0.5)
    let sets: [(String, any Penalty, Color, DashPattern)] = [
      ("L1: |w₁| + |w₂| = 1", try L1Penalty(lambda: 1), l1Color, .solid),
      ("L2: w₁² + w₂² = 1", try L2Penalty(lambda: 2), l2Color, .dashed),
      (
        "elastic net ρ = ½: ½‖w‖₁ + ¼‖w‖² = ¾", elastic, .bluishGreen, .dotted
      ),
    ]
    var chart = LineChart(
      title: "L1 and the elastic net have corners on the axes; L2 has none",
      description: "The level sets through (±1, 0) and (0, ±1) of three penalties on two "
        + "weights: the L1 norm (a diamond), the squared L2 norm (a circle) and scikit-learn's "
        + "elastic net with l1_ratio ρ = 0.5, ρ‖w‖₁ + (1 − ρ)/2·‖w‖² = 0.75, which keeps the "
        + "diamond's corners and bulges its edges outward. Equal scale on both axes.",
      xAxis: Axis(title: "weight w₁", range: -1.25...1.25),
      yAxis: Axis(title: "weight w₂", range: -1.25...1.25),
      series: sets.map { name, penalty, color, dash in
        let set = penalty.levelSet(penalty.value([1, 0]), count: 361)
        return LineSeries(
          name: name, x: set.x, y: set.y, color: color, dash: dash, markers: .none)
      })
    chart.equalScale = true
    return chart
  }

  /// `corner-fraction`: the fraction of solutions with an exact zero against α/α_max.
  static func cornerFraction(_ experiment: CornerFractionExperiment) -> LineChart {
    let ratios = experiment.points.map(\.ratio)
    let l1 = experiment.points.map(\.l1)
    var chart = LineChart(
      title: "Most L1 solutions sit on an axis once α ≥ α_max/2; no L2 solution ever does",
      description: "Fraction of \(CornerFractionExperiment.draws) random quadratics "
        + "(H = R·diag(U(0.1, 1), U(0.1, 1))·Rᵀ, c ~ N(0, I)) whose penalized minimizer has an "
        + "exact zero, against α/α_max with α_max = ‖Hc‖∞: with α‖w‖₁ (band: ± 1.96 binomial "
        + "standard errors), with (α/2)‖w‖² (always 0), and the exact (4/π)·atan(α/α_max) of "
        + "H = I for comparison.",
      xAxis: Axis(title: "penalty α / α_max (α_max = ‖Hc‖∞, each problem's own)", range: 0...1),
      yAxis: Axis(title: "fraction of solutions with an exact zero", range: 0...1),
      series: [
        LineSeries(
          name: "L1 penalty α‖w‖₁, ± 1.96 SE", x: ratios, y: l1.map(\.fraction), color: l1Color,
          dash: .solid, marker: .square,
          band: ErrorBand(
            lower: l1.map { $0.fraction - 1.96 * $0.standardError },
            upper: l1.map { $0.fraction + 1.96 * $0.standardError })),
        LineSeries(
          name: "L2 penalty (α/2)‖w‖²", x: ratios, y: experiment.points.map(\.l2.fraction),
          color: l2Color, dash: .dashed, marker: .circle),
        LineSeries(
          name: "H = I, exact: (4/π)·atan(α/α_max)", x: ratios,
          y: ratios.map(CornerFractionExperiment.identityFraction), color: .gray, dash: .dotted,
          markers: .none),
      ])
    chart.horizontalMarkers = [HorizontalMarker(y: 0.5, label: "½")]
    return chart
  }

  /// `(x, y)` with three significant digits.
  static func coordinates(_ w: [Double]) -> String {
    "(" + w.map { NumberFormat.readable($0, significant: 3) }.joined(separator: ", ") + ")"
  }
}
