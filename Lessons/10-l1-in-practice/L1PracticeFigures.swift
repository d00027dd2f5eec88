import Figures
import LessonKit
import Regularization

/// The three figures of lesson 10.
enum L1PracticeFigures {
  /// `subgradient-vs-prox`: a few coefficients over the iterations, ISTA solid and
  /// subgradient descent dashed in the same colour. Shown: the first two coefficients that
  /// are 0 in coordinate descent's solution and the two smallest non-zero ones (a rule on
  /// the solution's pattern, not on how the methods behave).
  static func subgradientVersusProx(_ e: ProximalExperiment) -> LineChart {
    let zeros = Array(e.solutionZeros.prefix(2))
    let nonZeros = e.solution.indices.filter { e.solution[$0] != 0 }
      .sorted { abs(e.solution[$0]) < abs(e.solution[$1]) }.prefix(2)
    let shown = zeros + nonZeros
    let k = (0..<e.ista.count).map(Double.init)
    var series: [LineSeries] = []
    for (rank, j) in shown.enumerated() {
      let color = Palette.color(at: rank)
      let label =
        "w\(j + 1) (CD: \(e.solution[j] == 0 ? "0.0" : NumberFormat.fixed(e.solution[j], 3)))"
      series.append(
        LineSeries(
          name: "ISTA \(label)", x: k, y: e.ista.map { $0[j] }, color: color, dash: .solid,
          markers: .none))
      series.append(
        LineSeries(
          name: "subgradient \(label)", x: k, y: e.subgradient.map { $0[j] }, color: color,
          dash: .dashed, markers: .none))
    }
    var chart = LineChart(
      title: "ISTA puts weights exactly at 0.0; subgradient descent leaves them jittering",
      description: "Four lasso coefficients against the iteration, with the step 1/L: ISTA "
        + "(solid) and subgradient descent with sign(0) = 0 (dashed). The coefficients that "
        + "coordinate descent sets to 0 stay exactly 0 under ISTA and jitter by about ηα "
        + "under subgradient descent.",
      xAxis: Axis(title: "iteration k"), yAxis: Axis(title: "coefficient w_j"),
      series: series)
    chart.horizontalMarkers = [HorizontalMarker(y: 0)]
    chart.legendTitle = "method, coefficient (CD value)"
    return chart
  }

  /// `ista-vs-fista`: the objective gaps against k, log-log, with both rate bounds.
  static func istaVersusFista(_ e: RateExperiment) -> LineChart {
    let ill = e.illConditioned
    let well = e.wellConditioned
    let steps = Array(ill.steps)
    let k = steps.map(Double.init)
    // Gaps below 1e-13·F* are rounding of the Gram-form objective, not progress: not drawn.
    func visible(_ gaps: [Double], _ p: RateExperiment.Problem) -> [Double] {
      steps.map { gaps[$0] > 1e-13 * abs(p.optimum) ? gaps[$0] : .nan }
    }
    let series = [
      LineSeries(
        name: "ISTA, AR(0.95)", x: k, y: visible(ill.istaGaps, ill), color: .blue, dash: .solid,
        markers: .none),
      LineSeries(
        name: "FISTA, AR(0.95)", x: k, y: visible(ill.fistaGaps, ill), color: .vermillion,
        dash: .solid, markers: .none),
      LineSeries(
        name: "ISTA bound L‖w0 − w*‖²/(2k)", x: k, y: steps.map { ill.bound(.ista, at: $0) },
        color: .blue, dash: .dashed, markers: .none),
      LineSeries(
        name: "FISTA bound 2L‖w0 − w*‖²/(k + 1)²", x: k,
        y: steps.map { ill.bound(.fista, at: $0) }, color: .vermillion, dash: .dashed,
        markers: .none),
      LineSeries(
        name: "ISTA, independent features", x: k, y: visible(well.istaGaps, well),
        color: .skyBlue, dash: .dotted, markers: .none),
      LineSeries(
        name: "FISTA, independent features", x: k, y: visible(well.fistaGaps, well),
        color: .orange, dash: .dotted, markers: .none),
    ]
    return LineChart(
      title: "FISTA's gap follows its 1/k² bound where ISTA stalls; on easy data both are linear",
      description: "Objective gap F(w_k) − F* against the iteration k, both axes log scale, "
        + "for ISTA and FISTA on an AR(0.95) design (solid) with their rate bounds (dashed), "
        + "and on independent features (dotted), where both gaps fall to rounding within "
        + "about 60 iterations.",
      xAxis: Axis(title: "iteration k (log scale)", scale: .log),
      yAxis: Axis(title: "objective gap F(w_k) − F* (log scale)", scale: .log),
      series: series)
  }

  /// `norm-vs-squared`: λ‖w‖ and λ/2·‖w‖² and their gradient lengths against ‖w‖.
  static func normVersusSquared(_ e: NormPenaltyExperiment) -> LineChart {
    let positive = e.radii.indices.filter { e.radii[$0] > 0 }
    let zero = e.radii.indices.filter { e.radii[$0] == 0 }
    let lambda = NormPenaltyExperiment.lambda
    let series = [
      LineSeries(
        name: "penalty λ‖w‖₂", x: e.radii, y: e.normValues, color: .blue, dash: .solid,
        markers: .none),
      LineSeries(
        name: "penalty λ/2·‖w‖²", x: e.radii, y: e.squaredValues, color: .vermillion,
        dash: .solid, markers: .none),
      LineSeries(
        name: "gradient length of λ‖w‖₂ (= λ)", x: positive.map { e.radii[$0] },
        y: positive.map { e.normGradientLengths[$0] }, color: .blue, dash: .dashed,
        markers: .none),
      LineSeries(
        name: "its value used at w = 0 (0/0 → 0)", x: zero.map { e.radii[$0] },
        y: zero.map { e.normGradientLengths[$0] }, color: .blue, dash: .solid,
        marker: .circle, markers: .all),
      LineSeries(
        name: "gradient length of λ/2·‖w‖² (= λ‖w‖)", x: e.radii, y: e.squaredGradientLengths,
        color: .vermillion, dash: .dashed, markers: .none),
    ]
    return LineChart(
      title: "The norm's gradient has length λ however small w is; weight decay's fades with ‖w‖",
      description: "Penalty values (solid) and gradient lengths (dashed) of λ‖w‖₂ and "
        + "λ/2·‖w‖² with λ = \(lambda) against ‖w‖; the norm's gradient is undefined at 0 "
        + "and the value used there, 0, is marked.",
      xAxis: Axis(title: "‖w‖₂", includesZero: true),
      yAxis: Axis(
        title: "penalty or gradient length (λ = \(NumberFormat.readable(lambda)))",
        includesZero: true),
      series: series)
  }
}
