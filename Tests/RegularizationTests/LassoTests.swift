import Testing

@testable import Regularization

@Suite("Lasso") struct LassoTests {
  @Test("is the elastic net with ρ = 1, to the last bit")
  func sameAsElasticNet() throws {
    let fixture = SklearnFixture.load("correlated")
    let lasso = try Lasso(alpha: 0.1).fit(features: fixture.matrix, targets: fixture.targets)
    let net = try ElasticNet(alpha: 0.1, l1Ratio: 1)
      .fit(features: fixture.matrix, targets: fixture.targets)
    #expect(lasso == net)
  }

  @Test("zeroes some coefficients exactly at a moderate α")
  func producesExactZeros() throws {
    let fixture = SklearnFixture.load("informative")
    let fit = try Lasso(alpha: 1).fit(features: fixture.matrix, targets: fixture.targets)
    #expect(fit.zeroCount > 0)
    #expect(fit.zeroCount < fit.coefficients.count)
  }

  @Test("rejects a negative α")
  func rejectsNegativeAlpha() {
    #expect(throws: RegularizationError.negativePenalty(-0.5)) { try Lasso(alpha: -0.5) }
  }
}
