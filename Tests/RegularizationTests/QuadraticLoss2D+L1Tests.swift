import Foundation
import Testing

@testable import Regularization

@Suite("Quadratic loss over the L1 ball and with the L1 penalty") struct QuadraticLoss2DL1Tests {
  static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6]

  @Test(
    "‖w‖₁ ≤ 1: KKT (−∇f in the diamond's normal cone) and no better point on a polar grid",
    arguments: seeds)
  func constrained(seed: UInt64) throws {
    var corners = 0
    for loss in randomQuadratics(seed: seed, count: 12) {
      let w = try loss.minimizerInL1Ball(radius: 1)
      if abs(loss.centre[0]) + abs(loss.centre[1]) <= 1 {
        #expect(w == loss.centre)
        continue
      }
      let (g1, g2) = plainPull(loss, w)
      let scale = hypot(g1, g2)
      // On the boundary: sums of two rounded numbers of size ≤ 1.
      #expect(abs(abs(w[0]) + abs(w[1]) - 1) <= 2e-16)
      if w.contains(0) {
        corners += 1
        // Vertex: g·(the vertex's direction) ≥ |the other component|, the quadrant.
        let (along, across) =
          w[1] == 0 ? (g1 * (w[0] > 0 ? 1 : -1), g2) : (g2 * (w[1] > 0 ? 1 : -1), g1)
        #expect(along >= abs(across) - 1e-12 * scale)
      } else {
        // Edge: g is the edge's normal (sign(w₁), sign(w₂)) times μ ≥ 0; the parabola's
        // exact minimum leaves rounding of a few ulps of |g|: measured ≤ 3e-16.
        let (s1, s2) = (w[0] > 0 ? 1.0 : -1.0, w[1] > 0 ? 1.0 : -1.0)
        #expect(abs(g1 * s1 - g2 * s2) <= 1e-12 * scale)
        #expect(g1 * s1 >= 0)
      }
      // Brute force: 2000 directions × 20 rings of the diamond; the solution is the minimum
      // to rounding (f ~ 10, ε·f ≈ 1e-15).
      let grid = polarGridMinimum(
        radius: 1, radii: 20, angles: 2000, shape: diamondPoint
      ) { plainLoss(loss, $0, $1) }
      #expect(loss.value(w) <= grid + 1e-12)
      #expect(loss.value(w) >= grid - 1e-2)  // the grid comes close (its spacing is 2e-3)
    }
    #expect(corners > 0)  // the vertex branch ran: measured 3 to 8 corners per 12 losses
  }

  @Test(
    "α‖w‖₁: KKT (|(q − Hw)ⱼ| ≤ α at 0, = α·sign(wⱼ) elsewhere) and the polar grid",
    arguments: seeds)
  func penalized(seed: UInt64) throws {
    for loss in randomQuadratics(seed: seed, count: 12) {
      for ratio in [0.1, 0.5, 0.9] {
        let alpha = ratio * loss.alphaMax
        let w = try loss.minimizerWithL1Penalty(alpha: alpha)
        let (g1, g2) = plainPull(loss, w)
        for (wj, gj) in [(w[0], g1), (w[1], g2)] {
          // A 2 × 2 solve of order-one numbers: residuals of a few ulps of α_max.
          if wj == 0 {
            #expect(abs(gj) <= alpha + 1e-12 * loss.alphaMax)
          } else {
            #expect(abs(gj - alpha * (wj > 0 ? 1 : -1)) <= 1e-12 * loss.alphaMax)
          }
        }
        let objective = { (x: Double, y: Double) in
          plainLoss(loss, x, y) + alpha * (abs(x) + abs(y))
        }
        #expect(objective(w[0], w[1]) <= penalizedGridMinimum(loss, objective) + 1e-12)
      }
    }
  }

  @Test("rejects a radius ≤ 0 and a negative penalty")
  func validation() throws {
    let loss = try QuadraticLoss2D(hessian: SymmetricMatrix2(a: 1, b: 0, d: 1), centre: [2, 1])
    #expect(throws: RegularizationError.self) { try loss.minimizerInL1Ball(radius: 0) }
    #expect(throws: RegularizationError.negativePenalty(-1)) {
      try loss.minimizerWithL1Penalty(alpha: -1)
    }
  }

  @Test("H = I: the penalized solution is soft-thresholding, S(c, α)")
  func identity() throws {
    for loss in randomQuadratics(seed: 9, count: 20) {
      let round = try QuadraticLoss2D(
        hessian: SymmetricMatrix2(a: 1, b: 0, d: 1), centre: loss.centre)
      let alpha = 0.5 * round.alphaMax
      let w = try round.minimizerWithL1Penalty(alpha: alpha)
      #expect(w == loss.centre.map { softThreshold($0, by: alpha) })
    }
  }
}
