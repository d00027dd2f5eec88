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
    "(d) at a moderate α the support is the detectable true support and nothing else",
    arguments: Lesson1Runs.seeds)
  func supportRecovery(seed: UInt64) throws {
    let experiment = try Lesson1Runs.experiment(seed)
    let truth = experiment.truth
    let floor = 5 * SparsityExperiment.noise / Double(SparsityExperiment.samples).squareRoot()
    let informative = Set(truth.coefficients.indices.filter { truth.coefficients[$0] != 0 })
    let detectable = informative.filter { abs(truth.coefficients[$0]) >= floor }
    #expect(informative.count == SparsityExperiment.informative)
    let k = try #require(experiment.moderateIndex)
    let w = experiment.lasso.fits[k].coefficients
    let support = Set(w.indices.filter { w[$0] != 0 })
    #expect(detectable.isSubset(of: support))
    #expect(support.isSubset(of: informative))
    // A moderate α: strictly inside the grid, neither the empty model nor the smallest α.
    #expect(k > 0 && k < experiment.alphas.count - 1)
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
