import Foundation
import Testing

@testable import Regularization

@Suite("Robust line fit: Smooth L1 by IRLS")
struct RobustLineFitSmoothL1Tests {
  @Test(
    "the gradient of Σ SmoothL1(r_i) vanishes at the fit (re-derived with plain loops)",
    arguments: [(1, 0.5), (2, 1), (3, 2), (4, 0.1)] as [(UInt64, Double)])
  func stationary(seed: UInt64, beta: Double) throws {
    let (x, y) = noisyLine(seed: seed, count: 60, outliers: 6)
    let fit = try RobustLineFit.smoothL1(x: x, y: y, beta: beta)
    var ga = 0.0
    var gb = 0.0
    for i in x.indices {
      let r = fit.intercept + fit.slope * x[i] - y[i]
      let d = abs(r) < beta ? r / beta : (r > 0 ? 1 : -1)
      ga += d
      gb += d * x[i]
    }
    // The exact pattern solve leaves rounding only: measured ≤ 1e-13 (sums of 60 terms ≤ 10).
    #expect(abs(ga) < 1e-9 && abs(gb) < 1e-9)
    #expect(fit.iterations < 100)
  }

  @Test("no nearby line has a lower loss (convexity check on a ring of perturbations)")
  func minimal() throws {
    let (x, y) = noisyLine(seed: 9, count: 60, outliers: 6)
    let loss = try SmoothL1Loss(beta: 1)
    let fit = try RobustLineFit.smoothL1(x: x, y: y, beta: 1)
    let best = fit.totalLoss(loss, x: x, y: y)
    for k in 0..<72 {
      let angle = Double(k) * 2 * Double.pi / 72
      for size in [1e-4, 1e-2, 1] {
        let moved = LineFit(
          intercept: fit.intercept + size * cos(angle), slope: fit.slope + size * sin(angle))
        // Rounding of a sum of 60 terms of size ≤ 30: 1e-12 covers it.
        #expect(moved.totalLoss(loss, x: x, y: y) >= best - 1e-12)
      }
    }
  }

  @Test("with β above every residual it is the least-squares line")
  func largeBetaIsLeastSquares() throws {
    let (x, y) = noisyLine(seed: 3, count: 30)
    let fit = try RobustLineFit.smoothL1(x: x, y: y, beta: 1e6)
    let ols = RobustLineFit.weightedLeastSquares(
      x: x, y: y, weights: [Double](repeating: 1, count: x.count))
    #expect(fit.iterations == 0)  // the least-squares pattern is already exact
    // Same normal equations, two formulas: measured 1e-15.
    #expect(abs(fit.slope - ols.slope) < 1e-12 && abs(fit.intercept - ols.intercept) < 1e-12)
  }

  @Test("as β → 0 its loss tends to the L1 optimum")
  func smallBetaApproachesL1() throws {
    let (x, y) = noisyLine(seed: 4, count: 40, outliers: 4)
    let lad = try RobustLineFit.leastAbsoluteDeviations(x: x, y: y)
    let best = lad.totalLoss(L1Loss(), x: x, y: y)
    let fit = try RobustLineFit.smoothL1(x: x, y: y, beta: 1e-3)
    // |r| − β/2 ≤ SmoothL1_β(r) ≤ |r|, so the L1 loss of the Smooth L1 line is within n·β/2.
    let l1OfFit = fit.totalLoss(L1Loss(), x: x, y: y)
    #expect(l1OfFit >= best - 1e-12)
    #expect(l1OfFit <= best + Double(x.count) * 1e-3 / 2)
  }

  @Test("rejects β that is not finite and > 0")
  func validation() {
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "beta", value: 0, requirement: "finite and > 0")
    ) { try RobustLineFit.smoothL1(x: [0, 1], y: [0, 1], beta: 0) }
    #expect(throws: RegularizationError.self) {
      try RobustLineFit.smoothL1(x: [0, 1], y: [0, 1], beta: .infinity)
    }
  }
}
