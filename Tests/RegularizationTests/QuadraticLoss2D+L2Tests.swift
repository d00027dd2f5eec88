import Foundation
import Testing

@testable import Regularization

@Suite("Quadratic loss over the L2 ball and with the L2 penalty") struct QuadraticLoss2DL2Tests {
  static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6]

  @Test(
    "‖w‖₂ ≤ 1: KKT (−∇f = μw, μ ≥ 0, ‖w‖ = 1) and no better point on a polar grid",
    arguments: seeds)
  func constrained(seed: UInt64) throws {
    for loss in randomQuadratics(seed: seed, count: 12) {
      let w = try loss.minimizerInL2Ball(radius: 1)
      if hypot(loss.centre[0], loss.centre[1]) <= 1 {
        #expect(w == loss.centre)
        continue
      }
      // Bisection to the last bit of μ: ‖w‖ = 1 to a few ulps; measured ≤ 2e-16.
      #expect(abs(hypot(w[0], w[1]) - 1) <= 1e-15)
      let (g1, g2) = plainPull(loss, w)
      // g ∥ w: the cross product vanishes to rounding of |g|; measured ≤ 4e-16·|g|.
      #expect(abs(g1 * w[1] - g2 * w[0]) <= 1e-13 * hypot(g1, g2))
      #expect(g1 * w[0] + g2 * w[1] > 0)
      let grid = polarGridMinimum(
        radius: 1, radii: 20, angles: 2000, shape: circlePoint
      ) { plainLoss(loss, $0, $1) }
      #expect(loss.value(w) <= grid + 1e-12)
    }
  }

  @Test("(λ/2)‖w‖²: H(w − c) + λw = 0 and the polar grid", arguments: seeds)
  func penalized(seed: UInt64) throws {
    for loss in randomQuadratics(seed: seed, count: 12) {
      for lambda in [0.05, 0.5, 3] {
        let w = try loss.minimizerWithL2Penalty(lambda: lambda)
        let (g1, g2) = plainPull(loss, w)
        // A 2 × 2 solve: residual of a few ulps of ‖Hc‖ (≤ 20 here).
        #expect(abs(g1 - lambda * w[0]) < 1e-13 && abs(g2 - lambda * w[1]) < 1e-13)
        #expect(!w.contains(0))
        let objective = { (x: Double, y: Double) in
          plainLoss(loss, x, y) + lambda / 2 * (x * x + y * y)
        }
        #expect(objective(w[0], w[1]) <= penalizedGridMinimum(loss, objective) + 1e-12)
      }
    }
  }

  @Test("rejects a radius ≤ 0 and a negative penalty")
  func validation() throws {
    let loss = try QuadraticLoss2D(hessian: SymmetricMatrix2(a: 1, b: 0, d: 1), centre: [2, 1])
    #expect(throws: RegularizationError.self) { try loss.minimizerInL2Ball(radius: -1) }
    #expect(throws: RegularizationError.negativePenalty(-0.5)) {
      try loss.minimizerWithL2Penalty(lambda: -0.5)
    }
  }
}
