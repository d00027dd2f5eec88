import Testing

@testable import PathEngine
@testable import Regularization

/// The fixtures crossed with the two penalties, as in `ElasticNetPathTests`.
private let fixtureCases: [(String, Double)] = SklearnFixture.names.flatMap { name in
  [(name, 1.0), (name, 0.5)]
}

/// Every kernel this machine runs for `CrossProducts`.
private let kernels = CrossProducts.Kernel.supported

/// Random problems: (seed, samples, features, informative, ρ), n > p and p > n.
private let randomCases: [(UInt64, Int, Int, Int, Double)] = [
  (1, 60, 12, 4, 1), (2, 60, 12, 4, 0.5), (3, 30, 45, 5, 1), (4, 30, 45, 5, 0.1),
]

/// `make_regression`-like data from the library's generator, with noise 1.
private func randomProblem(seed: UInt64, samples: Int, features: Int, informative: Int)
  -> Dataset
{
  var rng = Xoshiro256StarStar(seed: seed)
  return try! makeRegression(
    samples: samples, features: features, informative: informative, noise: 1, using: &rng
  ).dataset
}

private func largestDifference(_ a: [[Double]], _ b: [[Double]]) -> Double {
  zip(a, b).reduce(0) { max($0, maxAbsDifference($1.0, $1.1)) }
}

@Suite("Fast elastic-net paths") struct FastElasticNetPathTests {
  @Test(
    "at tol 1e-10 the path agrees with the reference solver within 1e-6",
    arguments: fixtureCases, kernels)
  func agreesWithReferenceWhenTight(
    fixture: (name: String, l1Ratio: Double), kernel: CrossProducts.Kernel
  ) {
    let (name, l1Ratio) = fixture
    let fast = ComputedPaths.fastPath(name, l1Ratio: l1Ratio, tolerance: 1e-10, kernel: kernel)
    let reference = ComputedPaths.path(name, l1Ratio: l1Ratio, tolerance: 1e-10)
    // Both are within ~3.6e-7 of the exact path (sklearn's own tol 1e-10 vs 1e-14 spread,
    // see ElasticNetPathTests); measured here: 1.6e-7 (correlated lasso), ≤ 5e-8 otherwise.
    #expect(largestDifference(fast.coefficients, reference.coefficients) <= 1e-6)
    // The grids come from X_cᵀy_c summed in another order: measured 1.1e-15 relative.
    #expect(zip(fast.alphas, reference.alphas).allSatisfy { abs($0 - $1) <= 1e-14 * $1 })
    #expect(fast.fits.allSatisfy { $0.isConverged })
  }

  @Test(
    "at tol 1e-10 the path agrees with scikit-learn's within 1e-6", arguments: fixtureCases,
    kernels)
  func agreesWithSklearnWhenTight(
    fixture: (name: String, l1Ratio: Double), kernel: CrossProducts.Kernel
  ) {
    let (name, l1Ratio) = fixture
    let data = SklearnFixture.load(name)
    let expected = l1Ratio == 1 ? data.paths.lassoTight : data.paths.enetTight
    let fast = ComputedPaths.fastPath(
      name, l1Ratio: l1Ratio, tolerance: expected.tol, kernel: kernel)
    // As above: sklearn's tol 1e-10 solutions are within 3.6e-7 of the exact ones; measured
    // 1.6e-7 (correlated lasso), ≤ 5e-8 otherwise.
    #expect(largestDifference(fast.coefficients, expected.coefficients) <= 1e-6)
  }

  @Test(
    "at tol 1e-4 every solution's gap, recomputed from the coefficients, is ≤ tol·‖y − ȳ‖²",
    arguments: fixtureCases, kernels)
  func everyDefaultSolutionMeetsTheGap(
    fixture: (name: String, l1Ratio: Double), kernel: CrossProducts.Kernel
  ) {
    let (name, l1Ratio) = fixture
    let data = SklearnFixture.load(name)
    let path = ComputedPaths.fastPath(name, l1Ratio: l1Ratio, tolerance: 1e-4, kernel: kernel)
    expectGapsWithinTolerance(
      path, rows: data.features, targets: data.targets, l1Ratio: l1Ratio, tolerance: 1e-4)
  }

  @Test(
    "on random data: within 1e-6 of the reference at tol 1e-10, gaps met at tol 1e-4",
    arguments: randomCases, kernels)
  func agreesOnRandomData(
    problem: (seed: UInt64, samples: Int, features: Int, informative: Int, l1Ratio: Double),
    kernel: CrossProducts.Kernel
  ) throws {
    try using(kernel) { try agreesOnRandomData(problem) }
  }

  private func agreesOnRandomData(
    _ problem: (seed: UInt64, samples: Int, features: Int, informative: Int, l1Ratio: Double)
  ) throws {
    let (seed, samples, features, informative, l1Ratio) = problem
    let data = randomProblem(
      seed: seed, samples: samples, features: features, informative: informative)
    let fast = try FastElasticNetPath(
      features: data.features, targets: data.targets, l1Ratio: l1Ratio, count: 30,
      tolerance: 1e-10, maxIterations: 1_000_000)
    let reference = try ElasticNetPath(
      features: data.features, targets: data.targets, alphas: fast.alphas, l1Ratio: l1Ratio,
      tolerance: 1e-10, maxIterations: 1_000_000)
    // Two solutions with gaps ≤ 1e-10·‖y_c‖² each; measured ≤ 6e-8 (the p > n lasso).
    #expect(largestDifference(fast.coefficients, reference.coefficients) <= 1e-6)
    let loose = try FastElasticNetPath(
      features: data.features, targets: data.targets, l1Ratio: l1Ratio, count: 30)
    let rows = (0..<samples).map { data.features.row($0) }
    expectGapsWithinTolerance(
      loose, rows: rows, targets: data.targets, l1Ratio: l1Ratio, tolerance: 1e-4)
  }

  @Test("without an intercept it solves the uncentered problem, as the reference does")
  func noInterceptMatchesReference() throws {
    let data = randomProblem(seed: 5, samples: 40, features: 10, informative: 3)
    let fast = try FastElasticNetPath(
      features: data.features, targets: data.targets.map { $0 + 7 }, l1Ratio: 0.7,
      fitIntercept: false, count: 20, tolerance: 1e-10, maxIterations: 1_000_000)
    let reference = try ElasticNetPath(
      features: data.features, targets: data.targets.map { $0 + 7 }, alphas: fast.alphas,
      l1Ratio: 0.7, fitIntercept: false, tolerance: 1e-10, maxIterations: 1_000_000)
    // As for the tight paths above; measured 5.4e-9.
    #expect(largestDifference(fast.coefficients, reference.coefficients) <= 1e-6)
    #expect(fast.fits.allSatisfy { $0.intercept == 0 })
  }

  @Test("ρ = 0 (ridge) on explicit alphas agrees with the reference")
  func ridgeMatchesReference() throws {
    let data = randomProblem(seed: 6, samples: 40, features: 15, informative: 5)
    let alphas = [10.0, 1, 0.1, 0.01]
    let fast = try FastElasticNetPath(
      features: data.features, targets: data.targets, alphas: alphas, l1Ratio: 0,
      tolerance: 1e-12, maxIterations: 1_000_000)
    let reference = try ElasticNetPath(
      features: data.features, targets: data.targets, alphas: alphas, l1Ratio: 0,
      tolerance: 1e-12, maxIterations: 1_000_000)
    // Gaps ≤ 1e-12·‖y_c‖² with ‖w‖ ~ 100 and a well-conditioned Gram; measured 4e-11.
    #expect(largestDifference(fast.coefficients, reference.coefficients) <= 1e-7)
    #expect(fast.fits.allSatisfy { $0.zeroCount == 0 })
  }

  @Test("the first solution, at α_max, is exactly zero after 0 sweeps", arguments: fixtureCases)
  func firstSolutionIsZero(name: String, l1Ratio: Double) {
    let path = ComputedPaths.fastPath(name, l1Ratio: l1Ratio, tolerance: 1e-4)
    #expect(path.fits[0].coefficients.allSatisfy { $0 == 0 })
    #expect(path.fits[0].sweeps == 0)
    #expect(path.fits[1].zeroCount < path.fits[0].zeroCount)
  }

  @Test("explicit alphas are solved and reported in decreasing order")
  func explicitAlphasAreSorted() throws {
    let fixture = SklearnFixture.load("informative")
    let shuffled = try FastElasticNetPath(
      features: fixture.matrix, targets: fixture.targets, alphas: [0.1, 10, 1])
    let sorted = try FastElasticNetPath(
      features: fixture.matrix, targets: fixture.targets, alphas: [10, 1, 0.1])
    #expect(shuffled.alphas == [10, 1, 0.1])
    #expect(shuffled == sorted)
  }

  @Test("the reported gap bounds the recomputed gap from above, and equals it when direct")
  func reportedGapsBoundTheTrueGaps() throws {
    let fixture = SklearnFixture.load("correlated")
    let (x, y) = centeredRows(fixture.features, fixture.targets)
    let certified = ComputedPaths.fastPath("correlated", l1Ratio: 0.5, tolerance: 1e-4)
    let direct = try FastElasticNetPath(
      features: fixture.matrix, targets: fixture.targets, l1Ratio: 0.5, directGapCheck: true)
    // Sums in another order: 1e-12 of ‖y_c‖²/n, a thousand times their rounding.
    let slack = 1e-12 * plainDot(y, y) / Double(x.count)
    for (alpha, fit) in zip(certified.alphas, certified.fits) {
      let gap = recomputedGap(x: x, y: y, w: fit.coefficients, alpha: alpha, l1Ratio: 0.5)
      #expect(fit.dualityGap >= gap - slack)
    }
    for (alpha, fit) in zip(direct.alphas, direct.fits) {
      let gap = recomputedGap(x: x, y: y, w: fit.coefficients, alpha: alpha, l1Ratio: 0.5)
      #expect(abs(fit.dualityGap - gap) <= slack)
    }
    #expect(largestDifference(direct.coefficients, certified.coefficients) == 0)
  }

  @Test("a sweep limit that is too small is reported, with the directly computed gap")
  func sweepLimitIsReported() throws {
    let fixture = SklearnFixture.load("correlated")
    let path = try FastElasticNetPath(
      features: fixture.matrix, targets: fixture.targets, l1Ratio: 1, tolerance: 1e-10,
      maxIterations: 3)
    let (x, y) = centeredRows(fixture.features, fixture.targets)
    let stopped = path.fits.indices.filter { !path.fits[$0].isConverged }
    #expect(!stopped.isEmpty)
    for k in stopped {
      let fit = path.fits[k]
      #expect(fit.sweeps == 3)
      #expect(fit.dualityGap > fit.gapTolerance)
      let gap = recomputedGap(
        x: x, y: y, w: fit.coefficients, alpha: path.alphas[k], l1Ratio: 1)
      // Direct sums in another order; relative 1e-12, a thousand times their rounding.
      #expect(abs(fit.dualityGap - gap) <= 1e-12 * max(gap, plainDot(y, y) / Double(x.count)))
    }
  }

  @Test("bad parameters are rejected as by the reference solver")
  func badParametersThrow() {
    let fixture = SklearnFixture.load("informative")
    #expect(throws: RegularizationError.negativePenalty(-1)) {
      try FastElasticNetPath(features: fixture.matrix, targets: fixture.targets, alphas: [1, -1])
    }
    #expect(throws: RegularizationError.self) {
      try FastElasticNetPath(features: fixture.matrix, targets: fixture.targets, l1Ratio: 0)
    }
    #expect(throws: RegularizationError.self) {
      try FastElasticNetPath(
        features: fixture.matrix, targets: fixture.targets, alphas: [1], l1Ratio: 1.5)
    }
  }

  /// Checks `G(w_k) ≤ tol·‖y_c‖²/n` (1/(2n) units) for every solution, recomputed here.
  private func expectGapsWithinTolerance(
    _ path: FastElasticNetPath, rows: [[Double]], targets: [Double], l1Ratio: Double,
    tolerance: Double
  ) {
    let (x, y) = centeredRows(rows, targets)
    let bound = tolerance * plainDot(y, y) / Double(x.count)
    // Recomputing sums the same terms in another order: 1e-12 of ‖y_c‖²/n.
    let slack = 1e-12 * plainDot(y, y) / Double(x.count)
    for (alpha, fit) in zip(path.alphas, path.fits) {
      let gap = recomputedGap(x: x, y: y, w: fit.coefficients, alpha: alpha, l1Ratio: l1Ratio)
      #expect(gap <= bound + slack, "α = \(alpha): gap \(gap) > \(bound)")
      #expect(gap >= -slack, "α = \(alpha): a duality gap cannot be negative, got \(gap)")
    }
  }
}

@Suite("The fast solver in cross-validation") struct FastPathSolverTests {
  @Test("ElasticNetCV with FastPathSolver picks the α the reference solver picks")
  func picksTheSameAlpha() throws {
    let data = randomProblem(seed: 11, samples: 120, features: 30, informative: 5)
    let reference = try ElasticNetCV(features: data.features, targets: data.targets)
    let fast = try ElasticNetCV(
      features: data.features, targets: data.targets, solver: FastPathSolver())
    #expect(fast.bestIndex == reference.bestIndex)
    // Both refits meet tol 1e-4 on the same problem; measured 2e-6 apart.
    #expect(largestDifference([fast.refit.coefficients], [reference.refit.coefficients]) <= 1e-3)
  }
}
