import Testing

@testable import Regularization

@Suite("Correlated groups data set") struct CorrelatedGroupsTests {
  @Test("3 groups of 3 plus 5 noise columns; members correlate about 1/(1 + 0.1²) = 0.99")
  func layout() throws {
    var rng = Xoshiro256StarStar(seed: 3)
    let data = try CorrelatedGroups(samples: 2000, using: &rng)
    #expect(data.dataset.featureCount == 14)
    #expect(data.groups == [[0, 1, 2], [3, 4, 5], [6, 7, 8]])
    #expect(data.noiseFeatures == Array(9..<14))
    #expect(data.coefficients == [3, 3, 3, -2.5, -2.5, -2.5, 2, 2, 2, 0, 0, 0, 0, 0])
    let x = data.dataset.features
    func correlation(_ a: Int, _ b: Int) -> Double {
      let u = x.column(a)
      let v = x.column(b)
      let mu = mean(u)
      let mv = mean(v)
      let cov = zip(u, v).map { ($0 - mu) * ($1 - mv) }.reduce(0, +)
      return cov / (squaredNorm(u.map { $0 - mu }) * squaredNorm(v.map { $0 - mv })).squareRoot()
    }
    // n = 2000: the sample correlation's spread is ~(1 − ρ²)/√n ≈ 5e-4.
    #expect(abs(correlation(0, 1) - 1 / 1.01) <= 0.005)
    #expect(abs(correlation(0, 3)) <= 0.1)
    #expect(abs(correlation(9, 10)) <= 0.1)
  }

  @Test("the same seed gives the same data; bad sizes are rejected by name")
  func determinismAndValidation() throws {
    var a = Xoshiro256StarStar(seed: 1)
    var b = Xoshiro256StarStar(seed: 1)
    #expect(try CorrelatedGroups(using: &a) == (try CorrelatedGroups(using: &b)))
    #expect(throws: RegularizationError.tooFewSamples(actual: 1, minimum: 2)) {
      try CorrelatedGroups(samples: 1, using: &a)
    }
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "groupSize", value: 0, requirement: ">= 1")
    ) {
      try CorrelatedGroups(groupSize: 0, using: &a)
    }
  }

  @Test("largest shares: 1 for one member, 1/3 for an even split, NaN for an empty group")
  func shares() throws {
    var rng = Xoshiro256StarStar(seed: 1)
    let data = try CorrelatedGroups(groupWeights: [1, 1, 1], noiseFeatures: 0, using: &rng)
    let w = [2.0, 0, 0, 1, -1, 1, 0, 0, 0]
    let shares = data.largestShares(of: w)
    #expect(shares[0] == 1)
    #expect(abs(shares[1] - 1.0 / 3) <= 1e-16)
    #expect(shares[2].isNaN)
    #expect(data.nonZeroMembers(of: w) == [1, 3, 0])
  }
}
