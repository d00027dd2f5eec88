import Testing

@testable import Regularization

@Suite("Elastic net penalty")
struct ElasticNetPenaltyTests {
  let w = [1.5, -0.25, 0, 2, -3]
  let v = [0.05, -0.4, 1.2, -2.5, 0]

  @Test("value is α·ρ·‖w‖₁ + α·(1 − ρ)/2·‖w‖² (scikit-learn's form)")
  func value() throws {
    let penalty = try ElasticNetPenalty(alpha: 2, l1Ratio: 0.25)
    // ‖w‖₁ = 6.75, ‖w‖² = 15.3125: 2·0.25·6.75 + 2·0.75/2·15.3125, up to rounding of O(10).
    #expect(abs(penalty.value(w) - (3.375 + 11.484375)) < 1e-14)
  }

  @Test("ρ = 1 is the L1 penalty with λ = α: value, subgradient and proximal map")
  func reducesToL1() throws {
    let net = try ElasticNetPenalty(alpha: 0.7, l1Ratio: 1)
    let l1 = try L1Penalty(lambda: 0.7)
    #expect(net.value(w) == l1.value(w))
    #expect(net.gradient(w) == l1.gradient(w))
    #expect(net.proximal(v, stepSize: 0.5) == l1.proximal(v, stepSize: 0.5))
  }

  @Test("ρ = 0 is the L2 penalty α/2·‖w‖²: value, gradient and proximal map")
  func reducesToL2() throws {
    let net = try ElasticNetPenalty(alpha: 0.7, l1Ratio: 0)
    let l2 = try L2Penalty(lambda: 0.7)
    // Same formulas with the products grouped differently: a few ulps.
    #expect(abs(net.value(w) - l2.value(w)) < 1e-14)
    #expect(maxAbsDifference(net.gradient(w), l2.gradient(w)) < 1e-15)
    #expect(maxAbsDifference(net.proximal(v, stepSize: 0.5), l2.proximal(v, stepSize: 0.5)) < 1e-15)
  }

  @Test(
    "the proximal map S_{ηαρ}(v)/(1 + ηα(1 − ρ)) matches a grid search", arguments: [0.2, 0.5, 0.9])
  func gridSearch(rho: Double) throws {
    let penalty = try ElasticNetPenalty(alpha: 1.2, l1Ratio: rho)
    let eta = 0.7
    for point in linearSpace(from: -3, to: 3, count: 61) {
      let x = penalty.proximal([point], stepSize: eta)[0]
      let f = { (t: Double) in 0.5 * (t - point) * (t - point) + eta * penalty.value([t]) }
      // Within one fine grid step (1e-5) of the grid's best point.
      #expect(abs(x - gridArgmin(f)) <= 1e-5 + 1e-12)
    }
  }

  @Test("keeps the exact zeros of L1 for |v| ≤ ηαρ")
  func exactZeros() throws {
    let penalty = try ElasticNetPenalty(alpha: 1, l1Ratio: 0.5)
    #expect(penalty.proximal([0.5, -0.5, 0.2, 0.51], stepSize: 1).prefix(3) == [0, 0, 0])
  }

  @Test("rejects ρ outside [0, 1] and a negative α")
  func validation() {
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "l1Ratio", value: 1.5, requirement: "in [0, 1]")
    ) { try ElasticNetPenalty(alpha: 1, l1Ratio: 1.5) }
    #expect(throws: RegularizationError.negativePenalty(-2)) {
      try ElasticNetPenalty(alpha: -2, l1Ratio: 0.5)
    }
    #expect(throws: RegularizationError.self) { try ElasticNetPenalty(alpha: 1, l1Ratio: .nan) }
  }
}
