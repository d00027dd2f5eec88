import LessonKit
import Regularization

/// Claims (a) and (b) of lesson 6, each computed from the experiment's numbers.
struct CornerClaims {
  let experiment: CornerExperiment

  private var geometry: GeometryExperiment { experiment.geometry }
  private var fractions: CornerFractionExperiment { experiment.fractions }

  var all: [Claim] { [onAxis, cornerFraction] }

  /// (a) The L1 optimum drawn has exactly one zero weight; the L2 optimum none.
  var onAxis: Claim {
    let l1Zeros = geometry.l1Optimum.filter { $0 == 0 }.count
    let l2Zeros = geometry.l2Optimum.filter { $0 == 0 }.count
    let f = { (w: [Double]) in
      "(" + w.map { NumberFormat.readable($0) }.joined(separator: ", ") + ")"
    }
    return Claim(
      "a",
      "The L1 optimum of the drawn example lies on an axis (one weight exactly 0.0); the L2 "
        + "optimum does not.",
      measured: "L1 optimum \(f(geometry.l1Optimum)): \(l1Zeros) exact zero; L2 optimum "
        + "\(f(geometry.l2Optimum)): \(l2Zeros) exact zeros",
      holds: l1Zeros == 1 && l2Zeros == 0)
  }

  /// (b) At α = α_max/2 more than half of the L1 solutions have an exact zero (the 95 %
  /// interval above ½), none of the L2 ones at any α, and the fraction rises with α.
  var cornerFraction: Claim {
    let reported = CornerFractionExperiment.reportedRatios.compactMap(fractions.point(at:))
    let half = fractions.point(at: CornerFractionExperiment.claimRatio)
    let l2Zeros = fractions.points.map(\.l2.successes).reduce(0, +)
    let rises = zip(reported, reported.dropFirst()).allSatisfy { $0.l1.fraction < $1.l1.fraction }
    let list = reported.map {
      "\(NumberFormat.fixed($0.l1.fraction, 3)) at \($0.ratio)"
    }.joined(separator: ", ")
    let statement =
      "At α = α_max/2 more than half of the L1 solutions of \(CornerFractionExperiment.draws) "
      + "random quadratics have an exact zero, no L2 solution has one at any α, and the L1 "
      + "fraction rises with α/α_max."
    guard let half, reported.count == CornerFractionExperiment.reportedRatios.count else {
      return Claim("b", statement, measured: "the grid lacks a reported ratio", holds: false)
    }
    return Claim(
      "b", statement,
      measured: "at α_max/2: \(NumberFormat.fixed(half.l1.fraction, 3)) ± "
        + "\(NumberFormat.fixed(half.l1.standardError, 3)) (95 % interval from "
        + "\(NumberFormat.fixed(half.l1.interval95.lowerBound, 3)) > 0.5); L2: \(l2Zeros) zeros "
        + "in \(fractions.points.count) × \(CornerFractionExperiment.draws) solutions; L1 "
        + "fraction \(list)" + (rises ? ", rising" : ", not rising"),
      holds: half.l1.interval95.lowerBound > 0.5 && l2Zeros == 0 && rises)
  }
}
