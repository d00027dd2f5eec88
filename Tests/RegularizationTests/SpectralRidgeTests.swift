import Testing

@testable import Regularization

@Suite("Spectral ridge (one SVD for every α)") struct SpectralRidgeTests {
  @Test("matches RidgeRegression's Cholesky solve where that is well conditioned")
  func matchesRidgeRegression() throws {
    let x = randomMatrix(rows: 20, columns: 5, seed: 11)
    let y = randomMatrix(rows: 20, columns: 1, seed: 12).elements
    let spectral = try SpectralRidge(features: x, targets: y)
    for alpha in [0, 0.5, 20] {
      let reference = try RidgeRegression(alpha: alpha).fit(features: x, targets: y)
      let fit = try spectral.fit(alpha: alpha)
      // cond(X_cᵀX_c) ≈ 10: two accurate solvers, measured ≤ 1e-15.
      #expect(maxAbsDifference(fit.coefficients, reference.coefficients) <= 1e-12)
      #expect(abs(fit.intercept - reference.intercept) <= 1e-12)
    }
  }

  @Test("at α = 0 on more features than samples it interpolates the training data")
  func interpolatesWhenWide() throws {
    let x = randomMatrix(rows: 6, columns: 10, seed: 13)
    let y = randomMatrix(rows: 6, columns: 1, seed: 14).elements
    let fit = try SpectralRidge(features: x, targets: y).fit(alpha: 0)
    // Rounding of an exact interpolant: measured 1e-15.
    #expect(maxAbsDifference(try fit.predictions(for: x), y) <= 1e-12)
  }

  @Test("training error never falls as α grows (exact minimizers)")
  func trainingErrorRises() throws {
    let x = randomMatrix(rows: 15, columns: 12, seed: 15)
    let y = randomMatrix(rows: 15, columns: 1, seed: 16).elements
    let spectral = try SpectralRidge(features: x, targets: y)
    let errors = try ([0] + logSpace(from: 1e-6, to: 1e3, count: 19)).map {
      MSELoss().meanValue(predictions: try spectral.fit(alpha: $0).predictions(for: x), targets: y)
    }
    #expect(zip(errors, errors.dropFirst()).allSatisfy { $0 <= $1 + 1e-14 })
  }
}
