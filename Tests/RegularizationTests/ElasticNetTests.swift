import Testing

@testable import Regularization

@Suite("Elastic net") struct ElasticNetTests {
  @Test(
    "rejects a bad configuration with the error that names it",
    arguments: [
      (-1.0, 0.5, 1e-4, 10, RegularizationError.negativePenalty(-1)),
      (Double.nan, 0.5, 1e-4, 10, .nonFinite(what: "alpha")),
      (
        1.0, 1.5, 1e-4, 10, .invalidParameter(name: "l1Ratio", value: 1.5, requirement: "in [0, 1]")
      ),
      (
        1.0, -0.1, 1e-4, 10,
        .invalidParameter(name: "l1Ratio", value: -0.1, requirement: "in [0, 1]")
      ),
      (1.0, 0.5, 0.0, 10, .invalidParameter(name: "tolerance", value: 0, requirement: "> 0")),
      (1.0, 0.5, 1e-4, 0, .invalidParameter(name: "maxIterations", value: 0, requirement: ">= 1")),
    ])
  func rejectsBadConfiguration(
    alpha: Double, l1Ratio: Double, tolerance: Double, maxIterations: Int,
    error: RegularizationError
  ) {
    #expect(throws: error) {
      try ElasticNet(
        alpha: alpha, l1Ratio: l1Ratio, tolerance: tolerance, maxIterations: maxIterations)
    }
  }

  @Test("rejects mismatched sizes, fewer than 2 samples, NaN or infinite input")
  func rejectsBadData() throws {
    let model = try ElasticNet(alpha: 0.1)
    let x = try Matrix(rowArrays: [[1, 2], [3, 4], [5, 7]])
    #expect(
      throws: RegularizationError.dimensionMismatch(
        what: "number of targets (one per row of features)", expected: 3, actual: 4)
    ) {
      try model.fit(features: x, targets: [1, 2, 3, 4])
    }
    #expect(throws: RegularizationError.tooFewSamples(actual: 1, minimum: 2)) {
      try model.fit(features: Matrix(rowArrays: [[1, 2]]), targets: [1])
    }
    #expect(throws: RegularizationError.nonFinite(what: "features")) {
      try model.fit(
        features: Matrix(rowArrays: [[1, .nan], [3, 4], [5, 7]]), targets: [1, 2, 3])
    }
    #expect(throws: RegularizationError.nonFinite(what: "targets")) {
      try model.fit(features: x, targets: [1, .infinity, 3])
    }
    #expect(
      throws: RegularizationError.dimensionMismatch(
        what: "warm start coefficients (one per feature)", expected: 2, actual: 3)
    ) {
      try model.fit(features: x, targets: [1, 2, 3], warmStart: [0, 0, 0])
    }
    #expect(throws: RegularizationError.nonFinite(what: "warm start")) {
      try model.fit(features: x, targets: [1, 2, 3], warmStart: [0, .nan])
    }
  }

  @Test("ρ = 0 is ridge: ElasticNet(α) equals RidgeRegression(n·α)")
  func zeroRatioIsRidge() throws {
    let fixture = SklearnFixture.load("informative")
    let n = Double(fixture.targets.count)
    let net = try ElasticNet(alpha: 0.1, l1Ratio: 0, tolerance: 1e-12)
      .fit(features: fixture.matrix, targets: fixture.targets)
    let ridge = try RidgeRegression(alpha: n * 0.1)
      .fit(features: fixture.matrix, targets: fixture.targets)
    // ×2n turns 1/(2n)·‖r‖² + α/2·‖w‖² into ‖r‖² + nα·‖w‖². Formulation B stopped the
    // solver at a gap of 1e-12·‖y_c‖²; measured difference 8e-12 on coefficients ≈ 50.
    #expect(net.isConverged)
    #expect(maxAbsDifference(net.coefficients, ridge.coefficients) <= 1e-8)
    #expect(abs(net.intercept - ridge.intercept) <= 1e-8)
  }

  @Test("α = 0 reaches the least-squares solution")
  func zeroAlphaIsLeastSquares() throws {
    let fixture = SklearnFixture.load("informative")
    let net = try ElasticNet(alpha: 0, l1Ratio: 1, tolerance: 1e-12)
      .fit(features: fixture.matrix, targets: fixture.targets)
    let leastSquares = try RidgeRegression(alpha: 0)
      .fit(features: fixture.matrix, targets: fixture.targets)
    // Stopped on ‖X_cᵀr‖² ≤ 1e-12·‖y_c‖²; measured difference 1.7e-11 on coefficients ≈ 50.
    #expect(net.isConverged)
    #expect(maxAbsDifference(net.coefficients, leastSquares.coefficients) <= 1e-8)
  }

  @Test("a warm start at the solution stops before the first sweep")
  func warmStartAtSolution() throws {
    let fixture = SklearnFixture.load("informative")
    let model = try ElasticNet(alpha: 0.5, l1Ratio: 0.5)
    let first = try model.fit(features: fixture.matrix, targets: fixture.targets)
    let again = try model.fit(
      features: fixture.matrix, targets: fixture.targets, warmStart: first.coefficients)
    #expect(first.sweeps > 0)
    #expect(again.sweeps == 0)
    #expect(again.coefficients == first.coefficients)
  }

  @Test("running out of sweeps is reported as not converged, with the final gap")
  func reportsNonConvergence() throws {
    let fixture = SklearnFixture.load("correlated")
    let fit = try ElasticNet(alpha: 0.004, l1Ratio: 1, tolerance: 1e-10, maxIterations: 3)
      .fit(features: fixture.matrix, targets: fixture.targets)
    #expect(fit.sweeps == 3)
    #expect(!fit.isConverged)
    #expect(fit.dualityGap > fit.gapTolerance)
  }

  @Test("the intercept is ȳ − x̄ᵀw")
  func interceptFromMeans() throws {
    let fixture = SklearnFixture.load("correlated")
    let fit = try ElasticNet(alpha: 0.1).fit(features: fixture.matrix, targets: fixture.targets)
    let n = Double(fixture.targets.count)
    let yMean = fixture.targets.reduce(0, +) / n
    var expected = yMean
    for j in fit.coefficients.indices {
      expected -= column(fixture.features, j).reduce(0, +) / n * fit.coefficients[j]
    }
    // Means summed in another order; measured 0 (rounding could give ~1e-15) on b ≈ 5.
    #expect(abs(fit.intercept - expected) <= 1e-12)
  }
}
