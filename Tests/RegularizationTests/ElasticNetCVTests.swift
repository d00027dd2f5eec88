import Synchronization
import Testing

@testable import Regularization

/// LassoCV on the fixture's training rows, at sklearn's default tol and at its tight one.
private func lassoCV(_ name: String, tight: Bool) throws -> ElasticNetCV {
  let fixture = CrossValidationFixture.named(name)
  let reference = tight ? fixture.lassoTight : fixture.lassoDefault
  let data = fixture.training
  return try ElasticNetCV(
    features: data.features, targets: data.targets, tolerance: reference.tol,
    maxIterations: tight ? 1_000_000 : 1000)
}

/// The largest `|ours − sklearn's| / max(1, sklearn's)` over the fold table.
private func largestDeviation(
  _ cv: ElasticNetCV, from expected: CrossValidationFixture.LassoCVResult
) -> Double {
  var worst = 0.0
  for k in expected.alphas.indices {
    for f in 0..<5 {
      let scale = max(1, expected.msePath[k][f])
      worst = max(worst, abs(cv.foldErrors[k][f] - expected.msePath[k][f]) / scale)
    }
  }
  return worst
}

@Suite("Elastic-net cross-validation (LassoCV)") struct ElasticNetCVTests {
  @Test(
    "at sklearn's default tol: the same grid, the fold table within 1e-9 and α_ up to a tie",
    arguments: CrossValidationFixture.names)
  func matchesLassoCVAtDefaultTolerance(name: String) throws {
    let expected = CrossValidationFixture.named(name).lassoDefault
    let cv = try lassoCV(name, tight: false)
    // The grid is computed from the same sums; measured within 2 ulp.
    #expect(maxAbsDifference(cv.alphas, expected.alphas) <= 1e-14 * expected.alphas[0])
    let worst = largestDeviation(cv, from: expected)
    // sklearn's folds run the Gram variant of the same cyclic updates, so the iterates
    // agree up to summation order; measured below 1e-11 relative.
    #expect(worst <= 1e-9)
    // At tol 1e-4 the last fits of a path can stop after 0 sweeps, so several α share
    // one fold fit and tie exactly; sklearn then splits the tie by BLAS rounding (its
    // X_test·coefs product over all 100 α: means differing by 4e-15 on "snippet"). Our
    // choice must be one of sklearn's own tied minimizers (relative 1e-12 of its minimum).
    let sklearnMeans = expected.msePath.map { $0.reduce(0, +) / 5 }
    let minimum = sklearnMeans.min()!
    #expect(sklearnMeans[cv.bestIndex] <= minimum * (1 + 1e-12))
    let sklearnIndex = expected.alphas.firstIndex(of: expected.alpha)!
    if name == "noisy" {  // an interior minimum, no tie: the very same grid point
      #expect(cv.bestIndex == sklearnIndex)
      #expect(maxAbsDifference(cv.refit.coefficients, expected.coefficients) <= 1e-8)
    }
  }

  @Test(
    "at tol 1e-12: the same α_ and every fold MSE within 1e-8 of sklearn's",
    arguments: CrossValidationFixture.names)
  func matchesLassoCVWhenTight(name: String) throws {
    let expected = CrossValidationFixture.named(name).lassoTight
    let cv = try lassoCV(name, tight: true)
    // The same grid point; the two grids differ in the last ulp (see AlphaGrid).
    #expect(cv.bestIndex == expected.alphas.firstIndex(of: expected.alpha))
    #expect(abs(cv.bestAlpha - expected.alpha) <= 1e-14 * expected.alpha)
    let worst = largestDeviation(cv, from: expected)
    // Both solve each fold to a gap of 1e-12·‖y_c‖²; measured below 1e-10 relative.
    #expect(worst <= 1e-8)
    #expect(maxAbsDifference(cv.refit.coefficients, expected.coefficients) <= 1e-8)
    #expect(abs(cv.refit.intercept - expected.intercept) <= 1e-8)
  }

  @Test("the choice is the first argmin of the mean over folds, re-derived here")
  func choiceIsTheArgminOfTheMean() throws {
    let cv = try lassoCV("noisy", tight: false)
    let means = cv.foldErrors.map { $0.reduce(0, +) / 5 }
    let best = means.indices.min { means[$0] < means[$1] }!
    #expect(cv.bestIndex == best)
    // Same five terms summed in the same order: exact.
    #expect(cv.meanErrors == means)
  }

  @Test("each fold tests a consecutive block and centers its own training rows")
  func foldsAreSklearnsKFold() throws {
    let data = CrossValidationFixture.named("noisy").training
    let cv = try ElasticNetCV(features: data.features, targets: data.targets, count: 5)
    #expect(cv.folds.map(\.testIndices) == (0..<5).map { Array(($0 * 16)..<($0 * 16 + 16)) })
    // Each fold's intercept is b = ȳ − x̄ᵀw with the means of its own training rows.
    let fold = cv.folds[2]
    let fit = cv.foldFits[2][3]
    let n = Double(fold.trainIndices.count)
    let yMean = fold.trainIndices.map { data.targets[$0] }.reduce(0, +) / n
    let xMeans = (0..<data.featureCount).map { j in
      fold.trainIndices.map { data.features[$0, j] }.reduce(0, +) / n
    }
    let intercept = yMean - plainDot(xMeans, fit.coefficients)
    // Summation order only: measured 1e-14.
    #expect(abs(fit.intercept - intercept) <= 1e-10 * max(1, abs(intercept)))
  }

  @Test("the given solver runs every fold's path and the refit, with the checked settings")
  func givenSolverRunsEveryPath() throws {
    let data = CrossValidationFixture.named("noisy").training
    let counting = CountingSolver()
    let cv = try ElasticNetCV(
      features: data.features, targets: data.targets, folds: 4, tolerance: 1e-6,
      solver: counting)
    let reference = try ElasticNetCV(
      features: data.features, targets: data.targets, folds: 4, tolerance: 1e-6)
    // 4 fold paths over the whole grid, then one single-α refit.
    #expect(counting.calls.withLock { $0 } == [100, 100, 100, 100, 1])
    #expect(cv.bestIndex == reference.bestIndex)
    #expect(cv.refit == reference.refit)
  }

  @Test("an empty grid is rejected by name")
  func emptyGrid() {
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "alphas.count", value: 0, requirement: ">= 1")
    ) {
      try ElasticNetCV(
        features: Matrix(rows: 10, columns: 2), targets: .init(repeating: 0, count: 10), alphas: [])
    }
  }
}

/// The reference solver, counting the α values of each path it is asked for.
private final class CountingSolver: PathSolver {
  let calls = Mutex<[Int]>([])

  func fits(_ design: CenteredDesign, alphas: [Double], settings: PathSettings)
    throws(RegularizationError) -> [ElasticNetFit]
  {
    #expect(settings.tolerance == 1e-6)
    calls.withLock { $0.append(alphas.count) }
    return try ReferencePathSolver().fits(design, alphas: alphas, settings: settings)
  }
}
