import Testing

@testable import Regularization

@Suite("KKT check with gap-implied bounds") struct ElasticNetOptimalityTests {
  @Test(
    "along the default-tolerance path every violation is within its gap's bound",
    arguments: SklearnFixture.names, [1.0, 0.5])
  func pathWithinBounds(name: String, l1Ratio: Double) throws {
    let fixture = SklearnFixture.load(name)
    let path = ComputedPaths.path(name, l1Ratio: l1Ratio, tolerance: 1e-4)
    for (alpha, fit) in zip(path.alphas, path.fits) {
      let model = try ElasticNet(alpha: alpha, l1Ratio: l1Ratio)
      let report = try model.optimality(of: fit, features: fixture.matrix, targets: fixture.targets)
      #expect(report.largestBoundRatio <= 1)
    }
  }

  @Test("the bound is a theorem: it holds for perturbed, non-optimal coefficients too")
  func holdsForAnyCoefficients() throws {
    let fixture = SklearnFixture.load("informative")
    let path = ComputedPaths.path("informative", l1Ratio: 1, tolerance: 1e-10)
    var generator = Xoshiro256StarStar(seed: 7)
    var sawLargeViolation = false
    for k in stride(from: 5, to: path.alphas.count, by: 10) {
      let model = try ElasticNet(alpha: path.alphas[k], l1Ratio: 1)
      for scale in [1e-6, 1e-3, 1.0] {
        var fit = path.fits[k]
        fit.coefficients = fit.coefficients.map { $0 + scale * generator.normal() }
        let report = try model.optimality(
          of: fit, features: fixture.matrix, targets: fixture.targets)
        #expect(report.largestBoundRatio <= 1)
        if report.largestViolation > 1e-3 { sawLargeViolation = true }
      }
    }
    #expect(sawLargeViolation)  // the perturbations really left the optimum
  }

  @Test("recomputed by hand on one feature: x = (−1, 0, 1), y = (−2, 0, 2), w = 1, α = 0.1")
  func handExample() throws {
    // Centered already. r = y − x·w = (−1, 0, 1), so c = xᵀr/n = 2/3, and for w ≠ 0 the
    // violation is |c − α·sign(w)| = 2/3 − 0.1.
    let x = try Matrix(rowArrays: [[-1], [0], [1]])
    let fit = ElasticNetFit(
      coefficients: [1], intercept: 0, sweeps: 0, dualityGap: 0, gapTolerance: 0,
      isConverged: false)
    let report = try ElasticNet(alpha: 0.1, l1Ratio: 1).optimality(
      of: fit, features: x, targets: [-2, 0, 2])
    #expect(abs(report.violations[0] - (2.0 / 3 - 0.1)) < 1e-15)
    // P(w) = (2 − w)²/3 + 0.1·|w| is minimized at w* = 1.85, so G ≥ P(1) − P(1.85) = 0.2408.
    #expect(report.gap >= 0.4333 - (0.5 * 0.15 * 0.15 * 2 / 3 + 0.1 * 1.85) - 1e-12)
  }

  @Test("a tightly solved path has violations near rounding level") func tightPath() throws {
    let fixture = SklearnFixture.load("informative")
    let path = ComputedPaths.path("informative", l1Ratio: 1, tolerance: 1e-10)
    var worst = 0.0
    for (alpha, fit) in zip(path.alphas, path.fits) {
      let report = try ElasticNet(alpha: alpha, l1Ratio: 1).optimality(
        of: fit, features: fixture.matrix, targets: fixture.targets)
      worst = max(worst, report.largestViolation)
    }
    // Measured 5e-9 on this fixture; the tol-1e-10 gap allows far more (bound ~1e-3).
    #expect(worst < 1e-7)
  }
}
