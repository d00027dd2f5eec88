import Testing

@testable import Regularization

@Suite("Monte Carlo estimate")
struct MonteCarloEstimateTests {
  @Test("mean, standard error s/√M and z-score by hand")
  func byHand() throws {
    let estimate = try MonteCarloEstimate([1, 2, 3, 4])
    #expect(estimate.mean == 2.5)
    // s² = (2.25 + 0.25 + 0.25 + 2.25)/3 = 5/3; SE = √(5/3/4)
    #expect(abs(estimate.standardError - (5.0 / 12).squareRoot()) <= 1e-15)
    #expect(abs(estimate.zScore(against: 2) - 0.5 / (5.0 / 12).squareRoot()) <= 1e-15)
    #expect(estimate.relativeError(against: 2) == 0.25)
  }

  @Test("fewer than two values are refused")
  func tooFew() {
    #expect(throws: RegularizationError.tooFewSamples(actual: 1, minimum: 2)) {
      try MonteCarloEstimate([1])
    }
  }
}
