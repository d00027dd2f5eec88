import Testing

@testable import Regularization

@Suite("Sum of parameter norms") struct ParameterNormsPenaltyTests {
  static let penalty = try! ParameterNormsPenalty(l1: 0.2, l2: 0.5, groupSizes: [2, 1])

  @Test("value: λ₁Σ‖θ_g‖₁ + λ₂Σ‖θ_g‖₂, a one-element group counting |b| twice")
  func value() {
    let theta = [3.0, -4, -2]
    // groups (3, −4) and (−2): 0.2·(7 + 2) + 0.5·(5 + 2) = 1.8 + 3.5.
    #expect(abs(Self.penalty.value(theta) - 5.3) <= 1e-15)
  }

  @Test("gradient: λ₁·sign + λ₂·θ_g/‖θ_g‖, and no NaN at a zero group")
  func gradient() {
    let g = Self.penalty.gradient([3, -4, 0])
    #expect(abs(g[0] - (0.2 + 0.5 * 0.6)) <= 1e-15)
    #expect(abs(g[1] - (-0.2 - 0.5 * 0.8)) <= 1e-15)
    #expect(g[2] == 0)
  }

  @Test("the proximal map minimizes ½‖x − v‖² + ηP(x): no nearby point does better")
  func proximalIsMinimizer() {
    let eta = 0.7
    for v in [[1.0, -0.3, 0.05], [0.2, 0.1, -2], [3, 2, 0.9]] {
      let x = Self.penalty.proximal(v, stepSize: eta)
      func objective(_ z: [Double]) -> Double {
        0.5 * squaredNorm(subtracting(z, v)) + eta * Self.penalty.value(z)
      }
      let best = objective(x)
      for j in 0..<3 {
        for delta in [-1e-3, 1e-3] {
          var z = x
          z[j] += delta
          #expect(objective(z) >= best - 1e-15)
        }
      }
    }
    // The whole first group is zeroed once its soft-thresholded norm is ≤ ηλ₂.
    #expect(Self.penalty.proximal([0.3, -0.2, 5], stepSize: 1)[0..<2] == [0, 0])
  }

  @Test("negative weights and empty groups are rejected")
  func rejectsBadInput() {
    #expect(throws: RegularizationError.negativePenalty(-1)) {
      try ParameterNormsPenalty(l1: -1, l2: 0, groupSizes: [1])
    }
    #expect(throws: RegularizationError.self) {
      try ParameterNormsPenalty(l1: 0, l2: 0, groupSizes: [0])
    }
  }
}
