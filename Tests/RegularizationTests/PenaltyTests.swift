import Testing

@testable import Regularization

/// One of each penalty, for the properties they all share.
func allPenalties() throws -> [any Penalty] {
  [
    try L1Penalty(lambda: 0.7), try L2Penalty(lambda: 1.3),
    try ElasticNetPenalty(alpha: 0.9, l1Ratio: 0.4), try GroupNormPenalty(lambda: 0.8),
  ]
}

/// The proximal objective `½‖x − v‖² + η·P(x)`.
func proximalObjective(
  _ penalty: any Penalty, at x: [Double], point v: [Double], stepSize eta: Double
) -> Double {
  0.5 * squaredNorm(subtracting(x, v)) + eta * penalty.value(x)
}

@Suite("Penalty protocol: gradient and proximal map")
struct PenaltyTests {
  @Test("the gradient matches central differences away from kinks")
  func gradientMatchesFiniteDifferences() throws {
    var rng = Xoshiro256StarStar(seed: 1)
    for penalty in try allPenalties() {
      for _ in 0..<20 {
        // Normal draws are never 0, so every |w_j| kink is avoided.
        let w = rng.normals(count: 6)
        let gradient = penalty.gradient(w)
        for j in 0..<6 {
          let numeric = centralDifference(
            { x in
              var moved = w
              moved[j] = x
              return penalty.value(moved)
            }, at: w[j])
          // Truncation h²·P‴/6 is ~1e-12 for the norm; rounding ε·P/h ~ 1e-9; measured:
          // 1.1e-9.
          #expect(abs(gradient[j] - numeric) < 1e-6, "\(penalty.name), w = \(w)")
        }
      }
    }
  }

  @Test("the proximal map minimizes ½‖x − v‖² + η·P(x): no perturbation does better")
  func proximalIsMinimizer() throws {
    var rng = Xoshiro256StarStar(seed: 2)
    for penalty in try allPenalties() {
      for eta in [0.1, 1, 3] {
        for _ in 0..<20 {
          let v = scaled(rng.normals(count: 5), by: 2)
          let x = penalty.proximal(v, stepSize: eta)
          let best = proximalObjective(penalty, at: x, point: v, stepSize: eta)
          for size in [1e-6, 1e-3, 0.1, 1] {
            let d = scaled(rng.normals(count: 5), by: size)
            let other = proximalObjective(penalty, at: adding(x, d), point: v, stepSize: eta)
            // The objective is 1-strongly convex, so a step of size s raises it by ≥ s²/2;
            // only rounding of the O(10) objective, ~1e-14, can look like a decrease
            // (measured: no decrease at all).
            #expect(other >= best - 1e-12, "\(penalty.name), η = \(eta)")
          }
        }
      }
    }
  }

  @Test("with step size 0 the proximal map is the identity")
  func zeroStepIsIdentity() throws {
    let v = [1.5, -0.2, 0, 3]
    #expect(try allPenalties().allSatisfy { $0.proximal(v, stepSize: 0) == v })
  }

  @Test("every penalty is 0 at w = 0 and has its own name")
  func zeroAtOriginAndNames() throws {
    #expect(try allPenalties().allSatisfy { $0.value([0, 0, 0]) == 0 })
    let penalties = try allPenalties()
    #expect(Set(penalties.map(\.name)).count == penalties.count)
  }
}
