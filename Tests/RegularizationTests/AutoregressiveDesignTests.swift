import Testing

@testable import Regularization

@Suite("AR(1) design") struct AutoregressiveDesignTests {
  @Test("unit variances and neighbour correlation ρ, on 4000 rows")
  func moments() throws {
    var rng = Xoshiro256StarStar(seed: 1)
    let x = try autoregressiveDesign(samples: 4000, features: 5, correlation: 0.95, using: &rng)
    for j in 0..<5 {
      let column = x.column(j)
      let variance = mean(column.map { $0 * $0 }) - mean(column) * mean(column)
      // Standard error of a variance estimate ≈ √(2/n) ≈ 0.022: 4 of them.
      #expect(abs(variance - 1) <= 0.09)
    }
    let a = x.column(1)
    let b = x.column(2)
    let covariance = mean(zip(a, b).map { $0 * $1 }) - mean(a) * mean(b)
    // A sample covariance of two unit-variance series: standard error √((1 + ρ²)/n) ≈ 0.022.
    #expect(abs(covariance - 0.95) <= 0.09)
  }

  @Test("the regression puts ±U(1, 2) weights on `informative` features and adds the bias")
  func regression() throws {
    var rng = Xoshiro256StarStar(seed: 2)
    let data = try makeAutoregressiveRegression(
      samples: 20, features: 8, correlation: 0, informative: 3, noise: 0, bias: 4, using: &rng)
    #expect(data.informativeFeatures.count == 3)
    #expect(data.coefficients.count(where: { $0 != 0 }) == 3)
    #expect(data.informativeFeatures.allSatisfy { (1..<2).contains(abs(data.coefficients[$0])) })
    let predictions = data.dataset.features.multiplied(by: data.coefficients).map { $0 + 4 }
    #expect(maxAbsDifference(predictions, data.dataset.targets) <= 1e-12)
  }

  @Test("bad shapes and |ρ| ≥ 1 are rejected")
  func rejectsBadInput() {
    var rng = Xoshiro256StarStar(seed: 3)
    #expect(throws: RegularizationError.self) {
      try autoregressiveDesign(samples: 5, features: 2, correlation: 1, using: &rng)
    }
    #expect(throws: RegularizationError.self) {
      try makeAutoregressiveRegression(
        samples: 5, features: 2, correlation: 0, informative: 3, noise: 0, using: &rng)
    }
  }
}
