import Testing

@testable import Regularization

@Suite("Group norm penalty λ‖w‖₂")
struct GroupNormPenaltyTests {
  let penalty: GroupNormPenalty

  init() throws { penalty = try GroupNormPenalty(lambda: 0.6) }

  @Test("value is λ‖w‖₂, the norm itself, not its square")
  func value() {
    // ‖(3, 4)‖ = 5.
    #expect(abs(penalty.value([3, -4]) - 3) < 1e-15)
    // Tiny weights, whose squares underflow, still have their norm (relative rounding).
    #expect(abs(penalty.value([3e-200, -4e-200]) / 3e-200 - 1) < 1e-15)
  }

  @Test("the gradient has length λ for every w ≠ 0, however small")
  func constantLength() {
    for w in [[3.0, -4], [1e-200, 0], [0.001, 0.002, -0.003], [1e5, 1e5]] {
      // Normalizing: a few ulps.
      #expect(abs(euclideanNorm(penalty.gradient(w)) - 0.6) < 1e-15)
    }
  }

  @Test("at w = 0, where w/‖w‖ is 0/0, the gradient is the zero subgradient, not NaN")
  func zeroAtOrigin() {
    #expect(penalty.gradient([0, 0, 0]) == [0, 0, 0])
  }

  @Test("the proximal map zeroes the whole vector exactly when ‖v‖ ≤ ηλ")
  func wholeVectorZero() {
    // η = 1, λ = 0.6; ‖(0.36, 0.48)‖ = 0.6 exactly at the threshold.
    #expect(penalty.proximal([0.36, 0.48], stepSize: 1) == [0, 0])
    #expect(penalty.proximal([0.1, -0.2, 0.3], stepSize: 1) == [0, 0, 0])
    #expect(penalty.proximal([0.5, 0.5], stepSize: 1).allSatisfy { $0 != 0 })
  }

  @Test("beyond the threshold it shortens v by exactly ηλ, keeping its direction")
  func blockSoftThreshold() {
    let v = [3.0, -4]
    let x = penalty.proximal(v, stepSize: 2)
    // ‖x‖ = 5 − 1.2; x ∥ v. Rounding of O(1) numbers.
    #expect(abs(euclideanNorm(x) - 3.8) < 1e-15)
    #expect(abs(x[0] * v[1] - x[1] * v[0]) < 1e-14)
  }

  @Test("the proximal map satisfies the KKT condition x − v + ηλ·x/‖x‖ = 0")
  func kkt() {
    var rng = Xoshiro256StarStar(seed: 3)
    for _ in 0..<50 {
      let v = rng.normals(count: 4)
      let x = penalty.proximal(v, stepSize: 0.9)
      if x.allSatisfy({ $0 == 0 }) {
        #expect(euclideanNorm(v) <= 0.9 * 0.6)
      } else {
        let residual = adding(subtracting(x, v), scaled(x, by: 0.9 * 0.6 / euclideanNorm(x)))
        // Rounding of O(1) numbers; measured: 2.8e-16.
        #expect(maxNorm(residual) < 1e-14)
      }
    }
  }

  @Test("rejects a negative λ")
  func validation() {
    #expect(throws: RegularizationError.negativePenalty(-1)) { try GroupNormPenalty(lambda: -1) }
  }
}
