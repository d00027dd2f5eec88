import Foundation
import LessonKit
import Regularization
import Synchronization
import Testing

@testable import lesson_9

/// The experiments per seed, computed once and shared by the tests (about 1 s each in
/// debug, almost all of it the ridge comparison's 15 runs of 3000 steps).
enum Lesson9Runs {
  /// The default seed first, then five others.
  static let seeds: [UInt64] = [9, 1, 2, 3, 4, 5]
  private static let cache = Mutex<[UInt64: OptimizerDecayClaims]>([:])

  static func claims(_ seed: UInt64) throws -> OptimizerDecayClaims {
    if let cached = cache.withLock({ $0[seed] }) { return cached }
    let data = try OverfitData(seed: seed)
    let loss = try LinearMSE(features: data.train.features, targets: data.train.targets)
    let claims = OptimizerDecayClaims(
      coupled: try CoupledDecayExperiment(loss: loss), zeroGradient: try ZeroGradientExperiment(),
      comparison: try RidgeComparison(data: data))
    cache.withLock { $0[seed] = claims }
    return claims
  }

  /// The training loss of a seed, and the ridge solution θ = (w, b) of L + (λ/2)‖w‖² there,
  /// re-derived from its optimality condition by a plain Gauss–Jordan solve.
  static func ridge(_ seed: UInt64, lambda: Double) throws -> [Double] {
    let data = try OverfitData(seed: seed)
    let n = data.train.sampleCount
    let p = data.train.featureCount
    // (2/n)·AᵀA·θ + λ·(w, 0) = (2/n)·Aᵀy with A = [X, 1].
    var system = [[Double]](repeating: [Double](repeating: 0, count: p + 2), count: p + 1)
    for i in 0..<n {
      let a = data.train.features.row(i) + [1]
      for r in 0...p {
        for c in 0...p { system[r][c] += 2 / Double(n) * a[r] * a[c] }
        system[r][p + 1] += 2 / Double(n) * a[r] * data.train.targets[i]
      }
    }
    for r in 0..<p { system[r][r] += lambda }
    for pivot in 0...p {
      let scale = system[pivot][pivot]
      system[pivot] = system[pivot].map { $0 / scale }
      for r in 0...p where r != pivot {
        let factor = system[r][pivot]
        for c in 0...(p + 1) { system[r][c] -= factor * system[pivot][c] }
      }
    }
    return system.map { $0[p + 1] }
  }
}

@Suite("Lesson 9: weight_decay inside the optimizer") struct Lesson9Tests {
  @Test(
    "(a) SGD's weight_decay and the penalty (λ/2)‖w‖² give one trajectory",
    arguments: Lesson9Runs.seeds)
  func sgdIsPenalty(seed: UInt64) throws {
    let claims = try Lesson9Runs.claims(seed)
    #expect(claims.sgdIsPenalty.holds)
    #expect(claims.coupled.sgdDifference == 0)  // the same operations: measured exactly 0
    #expect(claims.coupled.adamDifference == 0)
    // Independently: 1000 steps of SGD with momentum end at the ridge solution of
    // L + (λ/2)‖w‖², linear convergence from distance 1: measured ≤ 1.9e-8 (seed 5).
    let ridge = try Lesson9Runs.ridge(seed, lambda: CoupledDecayExperiment.lambda)
    let end = claims.coupled.sgdWeightDecay[CoupledDecayExperiment.steps]
    #expect(relativeDistance(end, to: ridge) <= 1e-6)
  }

  @Test("(a) fails on the wrong convention: the penalty λ‖w‖² (gradient 2λw)")
  func sgdIsPenaltyFailsWithWrongConvention() throws {
    let data = try OverfitData(seed: 9)
    let loss = try LinearMSE(features: data.train.features, targets: data.train.targets)
    let wrong = try CoupledDecayExperiment(
      loss: loss, penalty: L2Penalty(lambda: 2 * CoupledDecayExperiment.lambda))
    let claims = try Lesson9Runs.claims(9)
    let failing = OptimizerDecayClaims(
      coupled: wrong, zeroGradient: claims.zeroGradient, comparison: claims.comparison)
    #expect(!failing.sgdIsPenalty.holds)
  }

  @Test("(b) AdamW's factor is (1 − ηλ)ᵗ; Adam-L2's first step is η·λ|w|/(λ|w| + ε)")
  func decayPerStep() throws {
    let claims = try Lesson9Runs.claims(9)
    #expect(claims.decayPerStep.holds)
    let experiment = claims.zeroGradient
    // Re-derived: (1 − 10⁻⁴)¹⁰⁰⁰ = exp(1000·log1p(−10⁻⁴)) = 0.904833…, to a few ulp per step.
    let adamW = try #require(ZeroGradientExperiment.run(experiment.adamW, lambda: 0.1, start: 1))
    #expect(abs(adamW.end - exp(1000 * log1p(-1e-4))) <= 1e-12)
    // From w₀ = 1: g = λ, m̂ = λ, √v̂ = λ, so w₁ = 1 − 0.001·λ/(λ + 1e-8); one rounding of 1.
    for lambda in ZeroGradientExperiment.runLambdas {
      let run = try #require(
        ZeroGradientExperiment.run(experiment.adamL2, lambda: lambda, start: 1))
      #expect(abs(run.weights[1] - (1 - 0.001 * lambda / (lambda + 1e-8))) <= 1e-15)
    }
    // λ|w₀| = ε halves the first step: the breaking case ends well above the others.
    let broken = try #require(
      ZeroGradientExperiment.run(experiment.adamL2, lambda: 1e-8, start: 1))
    #expect(broken.end > 0.5)
  }

  @Test(
    "(b) fails fed one optimizer's runs for both: AdamW's factor check Adam-L2's, and back",
    arguments: ["Adam-L2", "AdamW"])
  func decayPerStepFailsOnTheOtherOptimizer(fed: String) throws {
    let claims = try Lesson9Runs.claims(9)
    let runs = fed == "Adam-L2" ? claims.zeroGradient.adamL2 : claims.zeroGradient.adamW
    let failing = OptimizerDecayClaims(
      coupled: claims.coupled, zeroGradient: ZeroGradientExperiment(adamL2: runs, adamW: runs),
      comparison: claims.comparison)
    #expect(!failing.decayPerStep.holds)
    if fed == "Adam-L2" {
      #expect(OptimizerDecayClaims.factorError(runs) > 0.5)  // w₁₀₀₀ = 0.26 against 0.905
    } else {
      #expect(OptimizerDecayClaims.pairGap(runs) > 0.05)  // 0.905 against 0.9999
    }
  }

  @Test("(c) Adam-L2 reaches the ridge solution, AdamW does not", arguments: Lesson9Runs.seeds)
  func ridgeOrNot(seed: UInt64) throws {
    let claims = try Lesson9Runs.claims(seed)
    #expect(claims.ridgeOrNot.holds)
    // The library's ridge (scikit-learn's Ridge(alpha = nλ/2)) against the optimality
    // condition solved here: two direct solves of a 21 × 21 system, measured 1e-13.
    for fit in claims.comparison.fits {
      let ridge = try Lesson9Runs.ridge(seed, lambda: fit.lambda)
      #expect(relativeDistance(fit.ridge, to: ridge) <= 1e-9)
    }
  }

  @Test("(c) fails when the ridge-distance check is fed AdamW's weights")
  func ridgeOrNotFailsOnAdamW() throws {
    let comparison = try Lesson9Runs.claims(9).comparison
    let fits = comparison.fits.map {
      RidgeComparison.Fit(
        lambda: $0.lambda, ridge: $0.ridge, adamL2: $0.adamW, adamW: $0.adamW,
        testError: $0.testError)
    }
    let claims = try Lesson9Runs.claims(9)
    let failing = OptimizerDecayClaims(
      coupled: claims.coupled, zeroGradient: claims.zeroGradient,
      comparison: RidgeComparison(
        fits: fits, trace: comparison.trace,
        leastSquaresTestError: comparison.leastSquaresTestError))
    #expect(!failing.ridgeOrNot.holds)
  }

  @Test("(c) fails when Adam is stopped after 100 steps")
  func ridgeOrNotFailsWhenStoppedEarly() throws {
    let claims = try Lesson9Runs.claims(9)
    let early = try RidgeComparison(data: OverfitData(seed: 9), steps: 100)
    let failing = OptimizerDecayClaims(
      coupled: claims.coupled, zeroGradient: claims.zeroGradient, comparison: early)
    #expect(!failing.ridgeOrNot.holds)
  }
}
