import Foundation
import LessonKit
import Regularization
import Synchronization
import Testing

@testable import lesson_11

/// The experiments of one seed, computed once and shared by the tests.
enum Lesson11Runs {
  static let seeds: [UInt64] = [11, 1, 2, 3, 4, 5]
  private static let cache = Mutex<[UInt64: OverfittingClaims]>([:])

  static func claims(_ seed: UInt64) throws -> OverfittingClaims {
    if let cached = cache.withLock({ $0[seed] }) { return cached }
    let claims = OverfittingClaims(
      earlier: try D2LExperiment(seed: seed, edition: .earlier),
      current: try D2LExperiment(seed: seed, edition: .current),
      polynomial: try PolynomialExperiment(seed: seed))
    cache.withLock { $0[seed] = claims }
    return claims
  }
}

/// Mean squared error of a polynomial fit at the inputs, by a plain loop over t, t², ….
private func plainPolynomialMSE(_ fit: RidgeFit, _ x: [Double], _ y: [Double]) -> Double {
  var total = 0.0
  for (xi, yi) in zip(x, y) {
    let t = 2 * xi - 1
    var power = 1.0
    var prediction = fit.intercept
    for w in fit.coefficients {
      power *= t
      prediction += w * power
    }
    total += (prediction - yi) * (prediction - yi)
  }
  return total / Double(x.count)
}

@Suite("Lesson 11: overfitting, and choosing λ on a log grid") struct Lesson11Tests {
  @Test("d2l's loop, rewritten by hand, gives the same weights (current edition, λ = 3)")
  func d2lLoopByHand() throws {
    let experiment = try D2LExperiment(seed: 11, edition: .current)
    // Replay: same data draws, then init and shuffles from the same generator state.
    var rng = Xoshiro256StarStar(seed: 11)
    _ = rng.normals(count: 120 * 200 + 120)
    var w = rng.normals(count: 200).map { $0 * 0.01 }
    var b = 0.0
    let train = experiment.training
    for _ in 0..<10 {
      let order = rng.permutation(20)
      for start in stride(from: 0, to: 20, by: 5) {
        var gw = [Double](repeating: 0, count: 200)
        var gb = 0.0
        for i in order[start..<start + 5] {
          let x = train.features.row(i)
          let r = plainDot(w, x) + b - train.targets[i]
          for j in 0..<200 { gw[j] += r * x[j] }
          gb += r
        }
        for j in 0..<200 { w[j] -= 0.01 * (gw[j] / 5 + 3 * w[j]) }
        b -= 0.01 * gb / 5
      }
    }
    // Same operations up to the order of the λ·w term: measured ≤ 2e-17.
    #expect(maxAbsDifference(w, experiment.runs[1].model.weights) <= 1e-14)
    #expect(abs(b - experiment.runs[1].model.bias) <= 1e-14)
  }

  @Test("the current edition's \"L2 norm of w\" is ‖w‖²/2, the earlier edition's is ‖w‖")
  func labels() throws {
    let claims = try Lesson11Runs.claims(11)
    let run = claims.current.runs[0]
    let norm = plainDot(run.model.weights, run.model.weights).squareRoot()
    #expect(abs(run.norm - norm) <= 1e-15 * norm)
    #expect(abs(run.halfSquaredNorm - norm * norm / 2) <= 1e-14 * norm * norm)
    #expect(D2LEdition.current.printedLabel == "‖w‖²/2" && D2LEdition.earlier.printedLabel == "‖w‖")
  }

  @Test("the earlier edition's ‖w‖ at λ = 0 is near √180, as the book's 12.94 is")
  func earlierNormNearNullSpace() throws {
    let norms = try Lesson11Runs.seeds.map { try Lesson11Runs.claims($0).earlier.runs[0].norm }
    // ‖w‖² ≈ χ²₁₈₀ (the untouched start) + the fitted part: √180 ≈ 13.4 with a spread of ~0.7.
    #expect(norms.allSatisfy { $0 > 11 && $0 < 16 })
  }

  @Test(
    "(a) at λ = 0 validation/training > 100 in both editions and on the polynomial",
    arguments: Lesson11Runs.seeds)
  func overfits(seed: UInt64) throws {
    let claims = try Lesson11Runs.claims(seed)
    #expect(claims.overfits.holds)
    for experiment in [claims.earlier, claims.current] {
      let run = experiment.runs[0]
      let ratio =
        plainHalfMSE(run.model, experiment.validation)
        / plainHalfMSE(run.model, experiment.training)
      #expect(ratio > OverfittingClaims.overfitRatio)
    }
  }

  @Test("(a) fails when the λ = 3 runs are fed as the λ = 0 ones")
  func overfitsFailsWithWeightDecay() throws {
    let polynomial = try Lesson11Runs.claims(11).polynomial
    let claims = OverfittingClaims(
      earlier: try D2LExperiment(seed: 11, edition: .earlier, lambdas: [3]),
      current: try D2LExperiment(seed: 11, edition: .current, lambdas: [3]),
      polynomial: polynomial)
    #expect(!claims.overfits.holds)
  }

  @Test(
    "(b) training error never falls along the polynomial's grid (re-derived)",
    arguments: Lesson11Runs.seeds)
  func trainingErrorRises(seed: UInt64) throws {
    let claims = try Lesson11Runs.claims(seed)
    #expect(claims.trainingErrorRises.holds)
    let p = claims.polynomial
    let errors = p.fits.map { plainPolynomialMSE($0, p.training.inputs, p.training.targets) }
    // Plain-loop evaluation vs the library's: rounding of sums of ~1 terms, measured 1e-16.
    #expect(maxAbsDifference(errors, p.trainingError) <= 1e-12)
    #expect(zip(errors, errors.dropFirst()).allSatisfy { $0 <= $1 + 1e-12 })
  }

  @Test("(b) the SVD's ridge fits agree with Cholesky's where X_cᵀX_c + λI is well conditioned")
  func fitsMatchCholesky() throws {
    let p = try Lesson11Runs.claims(11).polynomial
    let features = p.basis.matrix(p.training.inputs)
    for k in [20, 25] {  // λ = 0.1 and 100
      let reference = try RidgeRegression(alpha: PolynomialExperiment.grid[k])
        .fit(features: features, targets: p.training.targets)
      // cond(X_cᵀX_c + 0.1·I) ≈ 1e3: measured difference 3e-14.
      #expect(maxAbsDifference(reference.coefficients, p.fits[k].coefficients) <= 1e-10)
    }
  }

  @Test("(b) fails on fits listed in the wrong order of λ")
  func trainingErrorRisesFailsReversed() throws {
    let claims = try Lesson11Runs.claims(11)
    var polynomial = claims.polynomial
    polynomial.trainingError.reverse()
    let broken = OverfittingClaims(
      earlier: claims.earlier, current: claims.current, polynomial: polynomial)
    #expect(!broken.trainingErrorRises.holds)
  }

  @Test(
    "(c) interior minimum ≥ 1.5× below both ends, and its λ beats both ends on test",
    arguments: Lesson11Runs.seeds)
  func interiorMinimum(seed: UInt64) throws {
    let claims = try Lesson11Runs.claims(seed)
    #expect(claims.interiorMinimum.holds)
    let p = claims.polynomial
    let validation = p.fits.map {
      plainPolynomialMSE($0, p.validation.inputs, p.validation.targets)
    }
    let test = p.fits.map { plainPolynomialMSE($0, p.test.inputs, p.test.targets) }
    let k = validation.indices.min { validation[$0] < validation[$1] } ?? 0
    #expect(k > 0 && k < validation.count - 1)
    #expect(min(validation[0], validation[validation.count - 1]) >= 1.5 * validation[k])
    #expect(test[k] < test[0] && test[k] < test[test.count - 1])
  }

  @Test("(c) fails when λ is chosen on the training set instead of the validation set")
  func interiorMinimumFailsOnTrainingSet() throws {
    let claims = try Lesson11Runs.claims(11)
    var polynomial = claims.polynomial
    polynomial.validationError = polynomial.trainingError
    let broken = OverfittingClaims(
      earlier: claims.earlier, current: claims.current, polynomial: polynomial)
    #expect(!broken.interiorMinimum.holds)
  }

  @Test(
    "raw powers are far worse conditioned than the scaled basis and square past 1/ε",
    arguments: Lesson11Runs.seeds)
  func conditionNumbers(seed: UInt64) throws {
    let p = try Lesson11Runs.claims(seed).polynomial
    // Measured on seed 11: raw 1.0e14, scaled 3.0e9 (on seed 4 scaled 3.3e7, whose square
    // stays below 1/ε: only the raw basis is sure to square past it).
    #expect(p.rawCondition > 1e11)
    #expect(p.scaledCondition < p.rawCondition / 100)
    #expect(p.rawCondition * p.rawCondition > 1 / Double.ulpOfOne)
  }
}
