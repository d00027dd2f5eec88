import Foundation
import Testing

@testable import Regularization

@Suite("Line fit: L1 optimality certificate")
struct LineFitAbsoluteLossOptimalityTests {
  /// The smallest one-sided difference quotient of Σ|r_i| over 720 directions.
  func numericDescentRate(_ line: LineFit, x: [Double], y: [Double]) -> Double {
    let base = line.totalLoss(L1Loss(), x: x, y: y)
    let h = 1e-7
    return (0..<720).map { k -> Double in
      let angle = Double(k) * 2 * Double.pi / 720
      let moved = LineFit(
        intercept: line.intercept + h * cos(angle), slope: line.slope + h * sin(angle))
      return (moved.totalLoss(L1Loss(), x: x, y: y) - base) / h
    }.min() ?? .nan
  }

  @Test("is ≥ 0 at the L1 line and no direction lowers its loss", arguments: [1, 2, 3] as [UInt64])
  func optimalLine(seed: UInt64) throws {
    let (x, y) = noisyLine(seed: seed, count: 50, outliers: 5)
    let fit = try RobustLineFit.leastAbsoluteDeviations(x: x, y: y)
    #expect(fit.absoluteLossDescentRate(x: x, y: y) >= 0)
    // Rounding of the loss difference (~1e-13 on a sum ~50) divided by h = 1e-7: 1e-5 covers it.
    #expect(numericDescentRate(fit, x: x, y: y) >= -1e-5)
  }

  @Test("is < 0 at a line that is not optimal, and its rate is a real descent")
  func suboptimalLine() throws {
    let (x, y) = noisyLine(seed: 4, count: 50, outliers: 5)
    let ols = RobustLineFit.weightedLeastSquares(
      x: x, y: y, weights: [Double](repeating: 1, count: x.count))
    let rate = ols.absoluteLossDescentRate(x: x, y: y)
    #expect(rate < 0)
    // No residual is 0 at the OLS line, so F is linear near it and the certificate's axis
    // directions give the exact rate; the numeric steepest rate can only be lower.
    #expect(numericDescentRate(ols, x: x, y: y) <= rate + 1e-5)
  }

  @Test("matches the subgradient condition with multipliers at the two points on the line")
  func subgradientMultipliers() throws {
    let (x, y) = noisyLine(seed: 8, count: 41, outliers: 4)
    let fit = try RobustLineFit.leastAbsoluteDeviations(x: x, y: y)
    let r = fit.residuals(x: x, y: y)
    let zero = x.indices.filter { abs(r[$0]) < 1e-12 }
    try #require(zero.count == 2)
    // Solve s_p·(1, x_p) + s_q·(1, x_q) = −Σ_{r ≠ 0} sign(r_i)·(1, x_i) for s_p, s_q.
    var ga = 0.0
    var gb = 0.0
    for i in x.indices where !zero.contains(i) {
      ga += sign(r[i])
      gb += sign(r[i]) * x[i]
    }
    let (p, q) = (zero[0], zero[1])
    let sq = (-gb + ga * x[p]) / (x[q] - x[p])
    let sp = -ga - sq
    // Optimal iff both multipliers lie in [−1, 1] (exact small-integer arithmetic plus x's).
    #expect(abs(sp) <= 1 + 1e-12 && abs(sq) <= 1 + 1e-12)
    #expect(fit.absoluteLossDescentRate(x: x, y: y) >= 0)
  }
}
