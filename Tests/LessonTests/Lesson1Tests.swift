import Foundation
import LessonKit
import Regularization
import Synchronization
import Testing

@testable import lesson_1

/// One experiment per seed, computed once and shared by the tests (0.2 s each in debug).
enum Lesson1Runs {
  static let seeds: [UInt64] = [1, 2, 3, 4, 5]
  private static let cache = Mutex<[UInt64: SparsityExperiment]>([:])

  static func experiment(_ seed: UInt64) throws -> SparsityExperiment {
    if let cached = cache.withLock({ $0[seed] }) { return cached }
    let experiment = try SparsityExperiment(seed: seed)
    cache.withLock { $0[seed] = experiment }
    return experiment
  }
}

@Suite("Lesson 1: L1 makes weights exactly zero") struct Lesson1Tests {
  @Test(
    "the article's snippet: α = 0.1 is above α_max (re-derived), so all 10 weights are 0.0",
    arguments: Lesson1Runs.seeds)
  func snippet(seed: UInt64) throws {
    let snippet = try ArticleSnippet(seed: seed)
    let (columns, y) = centeredColumns(snippet.data.features, snippet.data.targets)
    let alphaMax = columns.map { abs(plainDot($0, y)) }.max()! / Double(y.count)
    // Same sums in another order: measured relative difference ~1e-16.
    #expect(abs(alphaMax - snippet.alphaMax) <= 1e-12 * alphaMax)
    #expect(alphaMax < ArticleSnippet.alpha)
    #expect(snippet.fit.coefficients == [Double](repeating: 0, count: 10))
    // With w = 0 the intercept is ȳ; summation order only: measured exact.
    #expect(abs(snippet.fit.intercept - mean(snippet.data.targets)) <= 1e-15)
  }

  @Test(
    "(a) α_max zeroes every weight; (1 − 10⁻⁶)·α_max frees only the argmax feature",
    arguments: Lesson1Runs.seeds)
  func exactZerosAtAlphaMax(seed: UInt64) throws {
    let experiment = try Lesson1Runs.experiment(seed)
    let data = experiment.truth.dataset
    let (columns, y) = centeredColumns(data.features, data.targets)
    let scores = columns.map { abs(plainDot($0, y)) }
    let argmax = scores.indices.max { scores[$0] < scores[$1] }!
    let alphaMax = scores[argmax] / Double(y.count)
    #expect(abs(experiment.alphaMax - alphaMax) <= 1e-12 * alphaMax)  // summation order only
    #expect(experiment.atAlphaMax.coefficients.allSatisfy { $0 == 0 })
    let freed = experiment.justBelow.coefficients.indices.filter {
      experiment.justBelow.coefficients[$0] != 0
    }
    #expect(freed == [argmax])
    // It leaves zero in the direction of its correlation.
    #expect((experiment.justBelow.coefficients[argmax] > 0) == (plainDot(columns[argmax], y) > 0))
  }

  @Test(
    "(b) every path solution meets the KKT conditions within the bound of its own gap",
    arguments: Lesson1Runs.seeds)
  func kkt(seed: UInt64) throws {
    let experiment = try Lesson1Runs.experiment(seed)
    let data = experiment.truth.dataset
    let (columns, y) = centeredColumns(data.features, data.targets)
    let n = Double(y.count)
    var worst = 0.0
    for (alpha, fit) in zip(experiment.alphas, experiment.lasso.fits) {
      let w = fit.coefficients
      let r = centeredResidual(columns, y, w)
      // Rounding of the gap itself: it is a difference of terms of size ‖y_c‖²/(2n).
      let gap = max(lassoGap(columns, y, w, alpha: alpha), 0) + 1e-13 * plainDot(y, y) / n
      // The solver's stopping rule, re-derived: G ≤ tol·‖y_c‖²/n (plus that rounding).
      #expect(
        gap <= SparsityExperiment.pathTolerance * plainDot(y, y) / n + 2e-13 * plainDot(y, y) / n)
      for (j, column) in columns.enumerated() {
        let c = plainDot(column, r) / n
        let a = plainDot(column, column) / n
        let violation = w[j] == 0 ? max(0, abs(c) - alpha) : abs(c - (w[j] > 0 ? alpha : -alpha))
        let bound =
          w[j] == 0
          ? (2 * a * gap).squareRoot() : max((2 * a * gap).squareRoot(), 2 * gap / abs(w[j]))
        #expect(violation <= bound + 1e-11 * alpha)  // c_j rounding: ~n·ε·|c_j|
        worst = max(worst, violation)
      }
    }
    // At tol 1e-10: measured at most 3.4e-9 over 300 seeds; 1e-7 leaves a 30× margin.
    #expect(worst < 1e-7)
  }

  @Test(
    "(c) no Ridge weight is exactly 0, and each is the ridge solution (normal equations)",
    arguments: Lesson1Runs.seeds)
  func ridgeNeverZero(seed: UInt64) throws {
    let experiment = try Lesson1Runs.experiment(seed)
    let data = experiment.truth.dataset
    let (columns, y) = centeredColumns(data.features, data.targets)
    let n = Double(y.count)
    for (alpha, fit) in zip(experiment.alphas, experiment.ridge) {
      let w = fit.coefficients
      #expect(w.allSatisfy { $0 != 0 })
      // ∇[1/(2n)‖y_c − X_c w‖² + (α/2)‖w‖²] = −X_cᵀr/n + α·w = 0.
      let r = centeredResidual(columns, y, w)
      let gradient = columns.indices.map { -plainDot(columns[$0], r) / n + alpha * w[$0] }
      let scale = columns.map { plainDot($0, y) / n }.map(abs).max()!
      // Cholesky on a well-conditioned 20 × 20 system: measured ~1e-14 relative.
      #expect(gradient.map(abs).max()! <= 1e-10 * scale)
    }
  }

  @Test(
    "(d) at the universal threshold σ·√(2 ln p/n) the support holds every feature above the noise",
    arguments: Lesson1Runs.seeds)
  func supportRecovery(seed: UInt64) throws {
    let experiment = try Lesson1Runs.experiment(seed)
    let truth = experiment.truth
    let n = Double(SparsityExperiment.samples)
    let floor = 5 * SparsityExperiment.noise / n.squareRoot()
    let informative = Set(truth.coefficients.indices.filter { truth.coefficients[$0] != 0 })
    let detectable = informative.filter { abs(truth.coefficients[$0]) >= floor }
    #expect(informative.count == SparsityExperiment.informative)
    #expect(!detectable.isEmpty)
    // α_u re-derived: σ·√(2·ln 20/100).
    let alpha = SparsityExperiment.noise * (2 * log(20.0) / n).squareRoot()
    #expect(abs(experiment.universalAlpha - alpha) <= 1e-15)
    let w = experiment.universalFit.coefficients
    #expect(detectable.isSubset(of: Set(w.indices.filter { w[$0] != 0 })))
    // The fit is the Lasso at α_u: its KKT conditions hold to the tolerance's bound.
    let data = truth.dataset
    let (columns, y) = centeredColumns(data.features, data.targets)
    let gap = max(lassoGap(columns, y, w, alpha: alpha), 0)
    #expect(
      gap <= SparsityExperiment.pathTolerance * plainDot(y, y) / n + 1e-12 * plainDot(y, y) / n)
  }

  @Test("the lesson's own claims agree with the re-derived ones", arguments: Lesson1Runs.seeds)
  func claimsHold(seed: UInt64) throws {
    let claims = SparsityClaims(experiment: try Lesson1Runs.experiment(seed)).all
    #expect(claims.map(\.label) == ["a", "b", "c", "d"])
    #expect(claims.allSatisfy { $0.holds })
  }

  @Test("the lasso-path CSV holds exactly the plotted path: 100 rows, α then 20 weights")
  func lassoPathCSV() throws {
    let experiment = try Lesson1Runs.experiment(1)
    let lines = SparsityFigures.lassoPath(experiment).csv().split(separator: "\r\n")
    #expect(lines.count == 1 + experiment.alphas.count)
    let first = lines[1].split(separator: ",", omittingEmptySubsequences: false).map { Double($0)! }
    #expect(first.count == 21)
    #expect(first[0] == experiment.alphas[0])
    #expect(first.dropFirst().allSatisfy { $0 == 0 })  // α_max: all zero
  }
}

/// Each claim of lesson 1 fed a wrong input: the check must say "not held".
@Suite("Lesson 1: each claim fails on a wrong input") struct Lesson1FailingInputTests {
  @Test("(a) fails when the fit just below α_max frees more than the leading feature")
  func exactZerosFailsOnAFitFurtherBelow() throws {
    var experiment = try SparsityExperiment(seed: 1)
    let data = experiment.truth.dataset
    experiment.justBelow = try Lasso(alpha: 0.5 * experiment.alphaMax)
      .fit(features: data.features, targets: data.targets)
    #expect(!SparsityClaims(experiment: experiment).exactZeros.holds)
  }

  @Test("(a) fails when the fit at α_max is perturbed off zero")
  func exactZerosFailsOnAPerturbedFit() throws {
    var experiment = try SparsityExperiment(seed: 1)
    experiment.atAlphaMax.coefficients[3] = 1e-9
    #expect(!SparsityClaims(experiment: experiment).exactZeros.holds)
  }

  @Test("(b) fails on a path stopped after one sweep at each α", arguments: [1, 2] as [UInt64])
  func kktFailsWhenStoppedEarly(seed: UInt64) throws {
    let early = try SparsityExperiment(seed: seed, maxSweeps: 1)
    #expect(early.largestGapRatio > 1)
    #expect(!SparsityClaims(experiment: early).kkt.holds)
  }

  @Test("(b) fails on the all-zero vector offered as every solution")
  func kktFailsOnZeros() throws {
    var experiment = try SparsityExperiment(seed: 1)
    let data = experiment.truth.dataset
    experiment.optimality = try experiment.alphas.map { alpha in
      var zeros = try Lasso(alpha: alpha).fit(features: data.features, targets: data.targets)
      zeros.coefficients = [Double](repeating: 0, count: SparsityExperiment.features)
      return try Lasso(alpha: alpha).elasticNet.optimality(
        of: zeros, features: data.features, targets: data.targets)
    }
    #expect(!SparsityClaims(experiment: experiment).kkt.holds)
  }

  @Test("(c) fails when the Lasso's fits are offered as Ridge's")
  func ridgeFailsOnLassoFits() throws {
    var experiment = try SparsityExperiment(seed: 1)
    experiment.ridge = zip(experiment.ridge, experiment.lasso.fits).map { ridge, lasso in
      var fit = ridge
      fit.coefficients = lasso.coefficients
      return fit
    }
    #expect(!SparsityClaims(experiment: experiment).ridgeNeverZero.holds)
  }

  @Test("(d) fails on the Lasso at α_max/2, which drops features above the noise")
  func supportFailsAtALargeAlpha() throws {
    var experiment = try SparsityExperiment(seed: 1)
    let data = experiment.truth.dataset
    experiment.universalFit = try Lasso(alpha: 0.5 * experiment.alphaMax)
      .fit(features: data.features, targets: data.targets)
    #expect(!SparsityClaims(experiment: experiment).supportRecovery.holds)
  }
}
