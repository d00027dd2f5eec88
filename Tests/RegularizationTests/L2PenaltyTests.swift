import Testing

@testable import Regularization

@Suite("L2 penalty")
struct L2PenaltyTests {
  let penalty: L2Penalty

  init() throws { penalty = try L2Penalty(lambda: 2) }

  @Test("value is λ/2·‖w‖² and gradient λ·w (PyTorch's weight_decay = λ)")
  func valueAndGradient() {
    #expect(penalty.value([1, -2, 3]) == 14)
    #expect(penalty.gradient([1, -2, 3]) == [2, -4, 6])
  }

  @Test("a gradient step on the penalty is the decay w ← (1 − ηλ)·w")
  func weightDecay() {
    let w = [0.5, -1.5, 4]
    let eta = 0.01
    let stepped = subtracting(w, scaled(penalty.gradient(w), by: eta))
    // Two roundings of O(1) numbers.
    #expect(maxAbsDifference(stepped, scaled(w, by: 1 - eta * 2)) < 1e-15)
  }

  @Test("the proximal map v/(1 + ηλ) solves x − v + ηλ·x = 0 and matches a grid search")
  func proximal() {
    let eta = 0.3
    for v in linearSpace(from: -3, to: 3, count: 61) {
      let x = penalty.proximal([v], stepSize: eta)[0]
      // Stationarity up to rounding of O(1) numbers.
      #expect(abs(x - v + eta * 2 * x) < 1e-15)
      let f = { (t: Double) in 0.5 * (t - v) * (t - v) + eta * 0.5 * 2 * t * t }
      // Within one fine grid step (1e-5) of the grid's best point.
      #expect(abs(x - gridArgmin(f)) <= 1e-5 + 1e-12)
    }
  }

  @Test("the proximal map never makes a non-zero weight exactly zero")
  func noExactZeros() {
    let x = penalty.proximal([1e-300, -1e-10, 5], stepSize: 100)
    #expect(x.allSatisfy { $0 != 0 })
  }

  @Test("rejects a negative λ")
  func validation() {
    #expect(throws: RegularizationError.negativePenalty(-0.5)) { try L2Penalty(lambda: -0.5) }
  }
}
