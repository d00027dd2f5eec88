import Testing

@testable import Regularization

@Suite("Elastic-net objective") struct ElasticNetObjectiveTests {
  @Test("the objective is 1/(2n)·‖y − Xw − b‖² + αρ‖w‖₁ + α(1 − ρ)/2·‖w‖²")
  func objectiveFormula() throws {
    // r = (1 − 1.5, 3 − 2.5) = (−0.5, 0.5): 0.5/4 + 0.2·0.5·1 + 0.2·0.5/2·1 = 0.275.
    let x = try Matrix(rowArrays: [[1], [2]])
    let value = try ElasticNet(alpha: 0.2, l1Ratio: 0.5)
      .objective(coefficients: [1], intercept: 0.5, features: x, targets: [1, 3])
    // Three rounded decimal terms: a few ulps of 0.275.
    #expect(abs(value - 0.275) <= 1e-15)
  }

  @Test("a default-tolerance fit is within its reported duality gap of the optimum")
  func gapBoundsObjective() throws {
    let fixture = SklearnFixture.load("correlated")
    let alpha = 0.05
    let loose = try ElasticNet(alpha: alpha, l1Ratio: 0.7)
    let tight = try ElasticNet(alpha: alpha, l1Ratio: 0.7, tolerance: 1e-12, maxIterations: 100_000)
    let fit = try loose.fit(features: fixture.matrix, targets: fixture.targets)
    let best = try tight.fit(features: fixture.matrix, targets: fixture.targets)
    let excess =
      try loose.objective(
        coefficients: fit.coefficients, intercept: fit.intercept, features: fixture.matrix,
        targets: fixture.targets)
      - loose.objective(
        coefficients: best.coefficients, intercept: best.intercept, features: fixture.matrix,
        targets: fixture.targets)
    #expect(fit.dualityGap <= fit.gapTolerance)
    // F(w) − F(w*) ≤ G(w), and the tight fit is at most its own gap above F(w*).
    #expect(excess <= fit.dualityGap + best.dualityGap)
    #expect(excess >= -best.dualityGap)
  }
}
