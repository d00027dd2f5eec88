import Testing

@testable import Regularization

@Suite("Ridge regression with the bias in the penalty")
struct RidgeRegressionPenalizedBiasTests {
  @Test("solves a 2 × 2 case by hand: X = (1, 2, 3)ᵀ, y = (2, 3, 7), α = 1")
  func handWorked() throws {
    // ZᵀZ + I = [[15, 6], [6, 4]], Zᵀy = (29, 12); Cramer: w = 44/24, b = 6/24.
    let x = try Matrix(rowArrays: [[1], [2], [3]])
    let fit = try RidgeRegression(alpha: 1, penaltyCoverage: .weightsAndBias)
      .fit(features: x, targets: [2, 3, 7])
    // A 2 × 2 Cholesky solve of small integers: a few ulps.
    #expect(abs(fit.coefficients[0] - 44.0 / 24) <= 1e-14)
    #expect(abs(fit.intercept - 6.0 / 24) <= 1e-14)
  }

  @Test(
    "satisfies the augmented normal equations Zᵀ(y − Z·θ) = α·θ, Z = [X 1]",
    arguments: SklearnFixture.names, [0.01, 1.0, 100.0])
  func normalEquations(name: String, alpha: Double) throws {
    let fixture = SklearnFixture.load(name)
    let y = fixture.targets.map { $0 + 50 }  // a large offset, as in lesson 3
    let fit = try RidgeRegression(alpha: alpha, penaltyCoverage: .weightsAndBias)
      .fit(features: fixture.matrix, targets: y)
    let z = fixture.features.map { $0 + [1] }
    let theta = fit.coefficients + [fit.intercept]
    let r = residualOf(z, y, theta)
    let gradient = theta.indices.map { plainDot(column(z, $0), r) - alpha * theta[$0] }
    // Relative to the largest term |z_jᵀy|: measured ≤ 7.5e-16 (p > n, α = 0.01 included).
    let scale = theta.indices.map { abs(plainDot(column(z, $0), y)) }.max() ?? 1
    #expect(gradient.map(abs).max() ?? 0 <= 1e-12 * scale)
  }

  @Test("the residuals sum to α·b, not to 0", arguments: [0.1, 10.0, 1000.0])
  func residualSum(alpha: Double) throws {
    let fixture = SklearnFixture.load("informative")
    let y = fixture.targets.map { $0 + 50 }
    let fit = try RidgeRegression(alpha: alpha, penaltyCoverage: .weightsAndBias)
      .fit(features: fixture.matrix, targets: y)
    let r = residualOf(fixture.features, y, fit.coefficients).map { $0 - fit.intercept }
    let sum = r.reduce(0, +)
    // The last normal equation; rounding relative to Σ|y_i| ≈ 7.6e3: measured ≤ 3e-16.
    #expect(abs(sum - alpha * fit.intercept) <= 1e-13 * y.map(abs).reduce(0, +))
    #expect(abs(fit.intercept) > 0)
  }

  @Test("with α = 0 it is the ordinary least-squares fit, the same as the free intercept's")
  func zeroPenaltyMatchesFreeIntercept() throws {
    let fixture = SklearnFixture.load("informative")
    let y = fixture.targets.map { $0 + 50 }
    let penalized = try RidgeRegression(alpha: 0, penaltyCoverage: .weightsAndBias)
      .fit(features: fixture.matrix, targets: y)
    let free = try RidgeRegression(alpha: 0).fit(features: fixture.matrix, targets: y)
    // Two factorizations of the same least-squares problem (condition number ~10 here):
    // measured ≤ 6e-14.
    #expect(maxAbsDifference(penalized.coefficients, free.coefficients) <= 1e-10)
    #expect(abs(penalized.intercept - free.intercept) <= 1e-10)
  }

  @Test("as α → ∞, α·θ → Zᵀy: every parameter, the bias included, goes to 0 like 1/α")
  func largePenaltyLimit() throws {
    let fixture = SklearnFixture.load("informative")
    let y = fixture.targets.map { $0 + 50 }
    let z = fixture.features.map { $0 + [1] }
    let zty = (0...fixture.features[0].count).map { plainDot(column(z, $0), y) }
    for alpha in [1e8, 1e10] {
      let fit = try RidgeRegression(alpha: alpha, penaltyCoverage: .weightsAndBias)
        .fit(features: fixture.matrix, targets: y)
      let scaled = (fit.coefficients + [fit.intercept]).map { alpha * $0 }
      // θ = (ZᵀZ + αI)⁻¹Zᵀy = Zᵀy/α − ZᵀZ·Zᵀy/α² + …, so the relative gap is about
      // ‖ZᵀZ‖/α ≤ 290/α here (largest row sum of ZᵀZ); measured 151/α.
      #expect(maxAbsDifference(scaled, zty) <= 1e3 / alpha * maxNorm(zty))
    }
  }

  @Test("without an intercept there is no bias to penalize: both coverages give one fit")
  func noInterceptIgnoresCoverage() throws {
    let fixture = SklearnFixture.load("correlated")
    let plain = try RidgeRegression(alpha: 1, fitIntercept: false)
      .fit(features: fixture.matrix, targets: fixture.targets)
    let covered = try RidgeRegression(
      alpha: 1, fitIntercept: false, penaltyCoverage: .weightsAndBias
    ).fit(features: fixture.matrix, targets: fixture.targets)
    #expect(covered == plain)
    #expect(covered.intercept == 0)
  }

  @Test("α = 0 with p > n has a singular augmented system and throws")
  func singularWithoutPenalty() throws {
    let fixture = SklearnFixture.load("correlated")
    #expect(throws: RegularizationError.self) {
      try RidgeRegression(alpha: 0, penaltyCoverage: .weightsAndBias)
        .fit(features: fixture.matrix, targets: fixture.targets)
    }
  }

  @Test("rejects mismatched sizes and NaN input, as the free-intercept fit does")
  func rejectsBadData() throws {
    let x = try Matrix(rowArrays: [[1, 2], [3, 4], [5, 7]])
    let model = try RidgeRegression(alpha: 1, penaltyCoverage: .weightsAndBias)
    #expect(
      throws: RegularizationError.dimensionMismatch(
        what: "number of targets (one per row of features)", expected: 3, actual: 2)
    ) {
      try model.fit(features: x, targets: [1, 2])
    }
    #expect(throws: RegularizationError.nonFinite(what: "features")) {
      try model.fit(features: try Matrix(rowArrays: [[1, .infinity]]), targets: [1])
    }
  }
}
