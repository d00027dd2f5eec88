import Testing

@testable import Regularization

/// The minimizer of `f` over a grid of `count` points spaced `spacing` apart from `lower`.
private func gridMinimizer(
  _ f: (Double) -> Double, from lower: Double, spacing: Double, count: Int
) -> Double {
  var best = lower
  var bestValue = f(lower)
  for k in 1..<count {
    let x = lower + Double(k) * spacing
    let value = f(x)
    if value < bestValue { (best, bestValue) = (x, value) }
  }
  return best
}

/// The minimizer of a strictly convex `f` on [−4, 4] by grid search, to within 1e-5: a grid
/// of step 1e-2, then a grid of step 1e-5 on ±2e-2 around its best point. Convexity makes
/// the coarse best point lie within 1e-2 of the true minimizer, so the fine grid holds it.
func gridArgmin(_ f: (Double) -> Double) -> Double {
  let coarse = gridMinimizer(f, from: -4, spacing: 1e-2, count: 801)
  return gridMinimizer(f, from: coarse - 2e-2, spacing: 1e-5, count: 4001)
}

@Suite("L1 penalty")
struct L1PenaltyTests {
  let penalty: L1Penalty

  init() throws { penalty = try L1Penalty(lambda: 0.5) }

  @Test("value is λ‖w‖₁ and the subgradient λ·sign(w), 0 at w_j = 0")
  func valueAndSubgradient() {
    #expect(penalty.value([1, -2, 0, 0.5]) == 1.75)
    #expect(penalty.gradient([3, -0.001, 0, -0.0]) == [0.5, -0.5, 0, 0])
  }

  @Test(
    "the proximal map gives exact zeros for every v in [−ηλ, ηλ]",
    arguments: [-0.3, -0.15, 0, 0.1, 0.3])
  func exactZeros(v: Double) {
    // η = 0.6, λ = 0.5: threshold ηλ = 0.3, its ends included.
    #expect(penalty.proximal([v], stepSize: 0.6) == [0])
  }

  @Test("outside [−ηλ, ηλ] the proximal map moves v toward 0 by exactly ηλ")
  func shiftsByThreshold() {
    let x = penalty.proximal([2, -1.25], stepSize: 1)
    #expect(x == [1.5, -0.75])
  }

  @Test("the proximal map satisfies the KKT condition 0 ∈ x − v + ηλ·∂|x|")
  func kkt() {
    let eta = 0.8
    for v in linearSpace(from: -3, to: 3, count: 121) {
      let x = penalty.proximal([v], stepSize: eta)[0]
      if x == 0 {
        #expect(abs(v) <= eta * penalty.lambda)
      } else {
        // x − v + ηλ·sign(x) = 0 up to rounding of O(1) numbers.
        #expect(abs(x - v + eta * penalty.lambda * sign(x)) < 1e-15)
      }
    }
  }

  @Test("the proximal map agrees with a grid search of ½(x − v)² + ηλ|x|")
  func gridSearch() {
    let eta = 0.8
    for v in linearSpace(from: -3, to: 3, count: 61) {
      let x = penalty.proximal([v], stepSize: eta)[0]
      let f = { (t: Double) in 0.5 * (t - v) * (t - v) + eta * penalty.lambda * abs(t) }
      // Within one fine grid step (1e-5) of the grid's best point.
      #expect(abs(x - gridArgmin(f)) <= 1e-5 + 1e-12)
    }
  }

  @Test("rejects a negative or infinite λ")
  func validation() {
    #expect(throws: RegularizationError.negativePenalty(-1)) { try L1Penalty(lambda: -1) }
    #expect(throws: RegularizationError.nonFinite(what: "the penalty weight lambda")) {
      try L1Penalty(lambda: .infinity)
    }
  }
}
