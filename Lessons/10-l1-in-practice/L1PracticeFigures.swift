import Figures
import LessonKit
import Regularization

/// The three figures of lesson 10.
enum L1PracticeFigures {
  /// `subgradient-vs-prox`: two coefficients that coordinate descent sets to 0, over the
  /// iterations, ISTA solid and subgradient descent dashed in the same colour. Shown: the
  /// two whose ISTA iterates stay non-zero longest, so that the figure shows ISTA reaching
  /// 0.0 rather than never leaving it.
  static func subgradientVersusProx(_ e: ProximalExperiment) -> LineChart {
    let lastNonZero = { (j: Int) in e.ista.lastIndex { $0[j] != 0 } ?? -1 }
    let shown = e.solutionZeros.sorted { lastNonZero($0) > lastNonZero($1) }.prefix(2)
    let k = (0..<e.ista.count).map(Double.init)
    // Subgradient lines first; then the ISTA lines, which share the value 0.0 from k ≈ 20
    // on, on top of them, the first drawn wider so that both stay visible.
    var subgradient: [LineSeries] = []
    var ista: [LineSeries] = []
    for (rank, j) in shown.enumerated() {
      let color = Palette.color(at: rank)
      let settled = lastNonZero(j) + 1
      var line = LineSeries(
        name: "ISTA, w_{\(j + 1)} (0.0 from k = \(settled))", x: k, y: e.ista.map { $0[j] },
        color: color, dash: .solid, markers: .none)
      line.lineWidth = rank == 0 ? 6 : 2.5
      ista.append(line)
      subgradient.append(
        LineSeries(
          name: "subgradient, w_{\(j + 1)}", x: k, y: e.subgradient.map { $0[j] }, color: color,
          dash: .dashed, markers: .none))
    }
    let series = subgradient + ista
    let jitter = e.stepSize * e.alpha
    var chart = LineChart(
      title: "ISTA puts these weights at exactly 0.0; subgradient descent leaves them jittering",
      description: "Two lasso coefficients that coordinate descent sets to 0, against the "
        + "iteration, with the step η = 1/L: ISTA (solid) reaches 0.0 and stays; subgradient "
        + "descent with sign(0) = 0 (dashed) keeps crossing 0 within a few ηα.",
      xAxis: Axis(title: "iteration k"), yAxis: Axis(title: "coefficient w_{j}"),
      series: series)
    chart.horizontalMarkers = [
      HorizontalMarker(y: 0), HorizontalMarker(y: jitter, label: "ηα"),
      HorizontalMarker(y: -jitter, label: "−ηα"),
    ]
    chart.legendTitle = "method, coefficient (0.0 in CD)"
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
        name: "ISTA bound L‖w_{0} − w*‖^{2}/(2k)", x: k, y: steps.map { ill.bound(.ista, at: $0) },
        color: .blue, dash: .dashed, markers: .none),
      LineSeries(
        name: "FISTA bound 2L‖w_{0} − w*‖^{2}/(k + 1)^{2}", x: k,
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
      yAxis: Axis(title: "objective gap F(w_{k}) − F* (log scale)", scale: .log),
      series: series)
  }

  /// `norm-vs-squared`: λ‖w‖ and λ/2·‖w‖² (left) and their gradient lengths (right)
  /// against ‖w‖, in two panels because λ‖w‖ is both the norm's value and the length of
  /// weight decay's gradient (one panel would draw those two lines on top of each other).
  static func normVersusSquared(_ e: NormPenaltyExperiment) -> Panels {
    let positive = e.radii.indices.filter { e.radii[$0] > 0 }
    let zero = e.radii.indices.filter { e.radii[$0] == 0 }
    let normName = "λ‖w‖_{2} (torch.norm(w, 2))"
    let squaredName = "λ/2·‖w‖^{2} (weight decay)"
    let xAxis = Axis(title: "‖w‖_{2}", includesZero: true)
    let values = LineChart(
      title: "penalty P(w)",
      xAxis: xAxis, yAxis: Axis(title: "P(w), λ = 1", includesZero: true),
      series: [
        LineSeries(
          name: normName, x: e.radii, y: e.normValues, color: .blue, dash: .solid,
          markers: .none),
        LineSeries(
          name: squaredName, x: e.radii, y: e.squaredValues, color: .vermillion, dash: .dashed,
          markers: .none),
      ])
    let gradients = LineChart(
      title: "gradient length ‖∇P(w)‖",
      xAxis: xAxis, yAxis: Axis(title: "‖∇P(w)‖, λ = 1", includesZero: true),
      series: [
        LineSeries(
          name: normName, x: positive.map { e.radii[$0] },
          y: positive.map { e.normGradientLengths[$0] }, color: .blue, dash: .solid,
          markers: .none),
        LineSeries(
          name: squaredName, x: e.radii, y: e.squaredGradientLengths, color: .vermillion,
          dash: .dashed, markers: .none),
        LineSeries(
          name: "value used at w = 0, where w/‖w‖ is 0/0", x: zero.map { e.radii[$0] },
          y: zero.map { e.normGradientLengths[$0] }, color: .blue, dash: .solid,
          marker: .circle, markers: .all),
      ])
    return Panels(
      title: "The norm's gradient has length λ however small w is; weight decay's fades with ‖w‖",
      description: "Two panels against ‖w‖ with λ = 1. Left: the penalties λ‖w‖₂ and "
        + "λ/2·‖w‖². Right: their gradient lengths, λ for the norm at every w ≠ 0 (at w = 0, "
        + "where w/‖w‖ is 0/0, the value 0 is used and marked) and λ‖w‖ for weight decay.",
      panels: [Panel("penalty", values), Panel("gradient length", gradients)], sharesX: true)
  }
}
