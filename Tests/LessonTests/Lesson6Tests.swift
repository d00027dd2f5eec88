import Figures
import Foundation
import LessonKit
import Regularization
import Testing

@testable import lesson_6

/// Whether the L1-penalized minimizer of ½(w − c)ᵀH(w − c) + α‖w‖₁ has a zero, from the
/// optimality conditions of the two one-weight solutions, written out: (w₁, 0) with
/// w₁ = S(q₁, α)/H₁₁ is optimal iff |q₂ − H₁₂·w₁| ≤ α, and symmetrically, q = Hc.
private func plainHasZero(_ h: SymmetricMatrix2, _ c: [Double], alpha: Double) -> Bool {
  let q1 = h.a * c[0] + h.b * c[1]
  let q2 = h.b * c[0] + h.d * c[1]
  func shrink(_ z: Double) -> Double { z > alpha ? z - alpha : (z < -alpha ? z + alpha : 0) }
  let w1 = shrink(q1) / h.a
  let w2 = shrink(q2) / h.d
  return abs(q2 - h.b * w1) <= alpha || abs(q1 - h.b * w2) <= alpha
}

@Suite("Lesson 6: why L1 hits corners") struct Lesson6Tests {
  static let seeds: [UInt64] = [6, 1, 2, 3, 4, 5]

  @Test("(a) the L1 optimum is the vertex (1, 0) by KKT and by brute force; L2's is off-axis")
  func onAxis() throws {
    let geometry = try GeometryExperiment()
    let loss = geometry.loss
    #expect(geometry.l1Optimum == [1, 0])
    // KKT at the vertex: the pull g = H(c − w) lies in the quadrant g₁ ≥ |g₂|.
    let (g1, g2) = (
      loss.hessian.a * (2 - 1) + loss.hessian.b * 0.6,
      loss.hessian.b * (2 - 1) + loss.hessian.d * 0.6
    )
    #expect(g1 > abs(g2))
    // Catalogue: margin |g₂|/|g₁| = 0.58; H from cos 30°, sin 30° to rounding.
    #expect(abs(abs(g2) / g1 - 0.584) < 1e-3)
    #expect(abs(geometry.coneMargin - abs(g2) / g1) < 1e-14)
    // Brute force on the diamond's boundary (the optimum is there since ‖c‖₁ > 1):
    // 40 000 points, none below the vertex.
    let f = { (x: Double, y: Double) -> Double in loss.value([x, y]) }
    var best = Double.infinity
    for k in 0..<40_000 {
      let angle = 2 * Double.pi * Double(k) / 40_000
      let norm = abs(cos(angle)) + abs(sin(angle))
      best = min(best, f(cos(angle) / norm, sin(angle) / norm))
    }
    #expect(f(1, 0) <= best)
    // The L2 optimum: on the circle, pull parallel to w (to rounding), catalogue (0.915, 0.404).
    let w = geometry.l2Optimum
    #expect(abs(hypot(w[0], w[1]) - 1) < 1e-15)
    #expect(abs(geometry.l2RayDeviation) < 1e-14)
    #expect(abs(w[0] - 0.915) < 1e-3 && abs(w[1] - 0.404) < 1e-3)
    #expect(
      CornerClaims(experiment: CornerExperiment(geometry: geometry, fractions: try small())).onAxis
        .holds)
  }

  @Test("(a) fails when the on-axis check is fed the L2 optimum")
  func onAxisFailsForL2() throws {
    let wrong = try GeometryExperiment { try $0.minimizerInL2Ball(radius: $1) }
    #expect(
      !CornerClaims(experiment: CornerExperiment(geometry: wrong, fractions: try small())).onAxis
        .holds)
  }

  @Test("(b) the counts re-derived from the one-weight KKT conditions", arguments: seeds)
  func cornerFraction(seed: UInt64) throws {
    let experiment = try CornerFractionExperiment(seed: seed)
    // Redraw the losses by the stated protocol and count zeros by the plain conditions.
    var generator = Xoshiro256StarStar(seed: seed)
    var draws: [(SymmetricMatrix2, [Double])] = []
    for _ in 0..<CornerFractionExperiment.draws {
      let angle = generator.uniform(in: 0..<Double.pi)
      let first = generator.uniform(in: 0.1..<1)
      let second = generator.uniform(in: 0.1..<1)
      draws.append(
        (
          SymmetricMatrix2.rotated(by: angle, eigenvalues: first, second),
          [generator.normal(), generator.normal()]
        ))
    }
    for point in experiment.points {
      let zeros = draws.filter { h, c in
        let alphaMax = max(abs(h.a * c[0] + h.b * c[1]), abs(h.b * c[0] + h.d * c[1]))
        return plainHasZero(h, c, alpha: point.ratio * alphaMax)
      }.count
      // Exact agreement: only a draw on a KKT boundary (measure zero) could differ.
      #expect(zeros == point.l1.successes, "ratio \(point.ratio)")
      #expect(point.l2.successes == 0)
    }
    let half = try #require(experiment.point(at: 0.5))
    // Catalogue 0.639 [0.625–0.651]; measured 0.622–0.651 on seeds 1–10, ≥ 11 SE above ½.
    #expect(half.l1.interval95.lowerBound > 0.5)
    #expect(
      CornerClaims(
        experiment: CornerExperiment(geometry: try GeometryExperiment(), fractions: experiment)
      ).cornerFraction.holds)
  }

  @Test("(b) the H = I run lands within 4 standard errors of (4/π)·atan(½)", arguments: seeds)
  func identityCheck(seed: UInt64) throws {
    let identity = try CornerFractionExperiment(seed: seed).identity
    let exact = 4 / Double.pi * atan(0.5)
    #expect(abs(exact - 0.5903) < 1e-4)
    // A 4 SE band fails one run in 16 000 by chance.
    #expect(abs(identity.fraction - exact) <= 4 * identity.standardError)
  }

  @Test("(b) fails for a solver that perturbs its zeros by 1e-12")
  func cornerFractionFailsForPerturbedZeros() throws {
    let nudged = try CornerFractionExperiment(seed: 6) { loss, alpha in
      try loss.minimizerWithL1Penalty(alpha: alpha).map { $0 == 0 ? 1e-12 : $0 }
    }
    #expect(nudged.points.allSatisfy { $0.l1.successes == 0 })
    #expect(
      !CornerClaims(
        experiment: CornerExperiment(geometry: try GeometryExperiment(), fractions: nudged)
      ).cornerFraction.holds)
  }

  @Test("every claim holds on every seed", arguments: seeds)
  func claimsHold(seed: UInt64) throws {
    let claims = CornerClaims(experiment: try CornerExperiment(seed: seed)).all
    #expect(claims.map(\.label) == ["a", "b"])
    #expect(claims.allSatisfy { $0.holds })
  }

  @Test("corner-fraction.csv: 19 ratios, L1 fraction with its band, L2, the H = I curve")
  func cornerFractionCSV() throws {
    let experiment = try CornerFractionExperiment(seed: 6)
    let lines = CornerFigures.cornerFraction(experiment).csv().split(separator: "\r\n")
    #expect(lines.count == 1 + 19)
    let rows = lines.dropFirst().map { $0.split(separator: ",").map { Double($0) } }
    for (row, point) in zip(rows, experiment.points) {
      #expect(row.count == 6)
      #expect(row[0] == point.ratio && row[1] == point.l1.fraction && row[4] == 0)
      #expect(row[2] == point.l1.fraction - 1.96 * point.l1.standardError)
    }
  }

  @Test("geometry.csv holds both balls, the contours and the three points")
  func geometryCSV() throws {
    let chart = CornerFigures.geometry(try GeometryExperiment())
    let csv = chart.csv()
    #expect(csv.hasPrefix("kind,name,x,y,value\r\n"))
    #expect(chart.equalScale)
    #expect(csv.contains("\r\npoint,L1 optimum,1.0,0.0,\r\n"))
    #expect(csv.contains("\r\nshape,L1 ball |w₁| + |w₂| ≤ 1,0.0,1.0,\r\n"))
    #expect(chart.series.count == 2)  // the two touching contours, drawn exactly
  }

  @Test("the line figures hide no series under another (2 px over 80 % of its length)")
  func noHiddenSeries() throws {
    let figures: [any Figure] = [
      try CornerFigures.unitBalls(),
      CornerFigures.cornerFraction(try CornerFractionExperiment(seed: 6)),
    ]
    for figure in figures {
      for panel in SeriesCoincidence.lines(of: figure) {
        #expect(SeriesCoincidence.hidden(in: panel).isEmpty)
      }
    }
  }

  /// A small corner-fraction run for tests about claim (a) only.
  private func small() throws -> CornerFractionExperiment {
    try CornerFractionExperiment(seed: 6, draws: 10)
  }
}
