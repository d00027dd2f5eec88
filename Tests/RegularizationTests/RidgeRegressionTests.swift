import Testing

@testable import Regularization

/// Every (data set, α) pair for which the fixtures hold sklearn's Ridge solution.
private let ridgeCases: [(String, Int)] = SklearnFixture.names.flatMap { name in
  SklearnFixture.load(name).ridge.indices.map { (name, $0) }
}

@Suite("Ridge regression") struct RidgeRegressionTests {
  @Test(
    "agrees with sklearn's Ridge(solver='cholesky') within 1e-9", arguments: ridgeCases)
  func agreesWithSklearn(name: String, index: Int) throws {
    let fixture = SklearnFixture.load(name)
    let expected = fixture.ridge[index]
    let fit = try RidgeRegression(alpha: expected.alpha)
      .fit(features: fixture.matrix, targets: fixture.targets)
    // Both solve the same normal equations; measured ≤ 2.9e-12 (at α = 0.01 with p > n,
    // where X_cᵀX_c + αI has condition number ~1e5).
    #expect(maxAbsDifference(fit.coefficients, expected.coefficients) <= 1e-9)
    #expect(abs(fit.intercept - expected.intercept) <= 1e-9)
  }

  @Test(
    "satisfies the normal equations X_cᵀ(y_c − X_c·w) = α·w", arguments: SklearnFixture.names,
    [0.01, 1.0, 100.0])
  func normalEquations(name: String, alpha: Double) throws {
    let fixture = SklearnFixture.load(name)
    let (x, y) = centeredRows(fixture.features, fixture.targets)
    let w = try RidgeRegression(alpha: alpha)
      .fit(features: fixture.matrix, targets: fixture.targets).coefficients
    let r = residualOf(x, y, w)
    let gradient = (0..<w.count).map { plainDot(column(x, $0), r) - alpha * w[$0] }
    // Relative to the size of the terms, max |x_jᵀy_c|: measured ≤ 8.9e-16, rounding level.
    let scale = (0..<w.count).map { abs(plainDot(column(x, $0), y)) }.max() ?? 1
    #expect(gradient.map(abs).max() ?? 0 <= 1e-13 * scale)
  }

  @Test("the fitted intercept makes the mean training residual zero")
  func meanResidualIsZero() throws {
    let fixture = SklearnFixture.load("correlated")
    let fit = try RidgeRegression(alpha: 1).fit(features: fixture.matrix, targets: fixture.targets)
    let predictions = try fit.predictions(for: fixture.matrix)
    let meanResidual = mean(subtracting(fixture.targets, predictions))
    // Rounding of sums of 50 terms of size ~10; measured 2.2e-16.
    #expect(abs(meanResidual) <= 1e-12)
  }

  @Test("by default the bias is outside the penalty: coverage .weightsOnly")
  func defaultCoverage() throws {
    #expect(try RidgeRegression(alpha: 1).penaltyCoverage == .weightsOnly)
    let fixture = SklearnFixture.load("informative")
    let y = fixture.targets.map { $0 + 50 }
    let free = try RidgeRegression(alpha: 100).fit(features: fixture.matrix, targets: y)
    let covered = try RidgeRegression(alpha: 100, penaltyCoverage: .weightsAndBias)
      .fit(features: fixture.matrix, targets: y)
    // The two objectives differ: with the bias penalized it is pulled toward 0, by about
    // the factor n/(n + α) = 1/2 from the free one's ≈ ȳ = 47.
    #expect(covered.intercept < free.intercept - 10)
  }

  @Test("without an intercept it solves the uncentered normal equations and b = 0")
  func noIntercept() throws {
    // X = (1, 2, 3)ᵀ, y = (2, 3, 7): (xᵀx + α)·w = xᵀy gives w = 29/(14 + 1) with α = 1.
    let x = try Matrix(rowArrays: [[1], [2], [3]])
    let fit = try RidgeRegression(alpha: 1, fitIntercept: false).fit(
      features: x, targets: [2, 3, 7])
    #expect(fit.coefficients == [29.0 / 15])
    #expect(fit.intercept == 0)
  }

  @Test("α = 0 on collinear features throws notPositiveDefinite")
  func singularWithoutPenalty() throws {
    // Two identical columns, centered exactly to (−1, −1, 1, 1), make X_cᵀX_c =
    // [[4, 4], [4, 4]], whose second pivot is 4 − (4/√4)² = 0 exactly. Any α > 0 fixes it.
    let x = try Matrix(rowArrays: [[0, 0], [0, 0], [2, 2], [2, 2]])
    #expect(throws: RegularizationError.notPositiveDefinite(pivot: 1)) {
      try RidgeRegression(alpha: 0).fit(features: x, targets: [1, 2, 3, 4])
    }
    #expect(throws: Never.self) {
      try RidgeRegression(alpha: 1e-3).fit(features: x, targets: [1, 2, 3, 4])
    }
  }

  @Test("rejects a negative or non-finite α")
  func rejectsBadAlpha() {
    #expect(throws: RegularizationError.negativePenalty(-1)) { try RidgeRegression(alpha: -1) }
    #expect(throws: RegularizationError.nonFinite(what: "alpha")) {
      try RidgeRegression(alpha: .nan)
    }
  }

  @Test("rejects mismatched sizes and NaN input")
  func rejectsBadData() throws {
    let x = try Matrix(rowArrays: [[1, 2], [3, 4], [5, 7]])
    let model = try RidgeRegression(alpha: 1)
    #expect(
      throws: RegularizationError.dimensionMismatch(
        what: "number of targets (one per row of features)", expected: 3, actual: 2)
    ) {
      try model.fit(features: x, targets: [1, 2])
    }
    #expect(throws: RegularizationError.nonFinite(what: "targets")) {
      try model.fit(features: x, targets: [1, .nan, 2])
    }
  }
}
