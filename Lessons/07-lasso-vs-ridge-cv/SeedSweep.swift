import Regularization

/// The snippet rerun on consecutive seeds: who has the smaller test MSE on each.
struct SeedSweep: Sendable {
  /// One seed's outcome.
  struct Outcome: Sendable {
    let seed: UInt64
    let lassoAlpha: Double
    let lassoTestMSE: Double
    let ridgeTestMSE: Double
    /// RidgeCV's α (by mean R²) and the α the mean MSE would have chosen.
    let ridgeAlpha: Double
    let ridgeAlphaByError: Double
  }

  static let count = 20

  let outcomes: [Outcome]

  /// Seeds `first … first + count − 1`, each a full `CrossValidationExperiment` (run on
  /// all cores; each seed's result depends on its seed alone).
  init(
    first: UInt64, count: Int = SeedSweep.count, eps: Double = 1e-3, tolerance: Double = 1e-4,
    solver: any PathSolver = ReferencePathSolver()
  ) throws {
    outcomes = try concurrentMap(count) { index in
      let offset = UInt64(index)
      let run = try CrossValidationExperiment(
        seed: first &+ offset, eps: eps, tolerance: tolerance, solver: solver)
      return Outcome(
        seed: first &+ offset, lassoAlpha: run.lassoAlpha, lassoTestMSE: run.lassoTestMSE,
        ridgeTestMSE: run.ridgeTestMSE, ridgeAlpha: run.ridgeAlpha,
        ridgeAlphaByError: run.ridge.alphas[run.ridge.bestIndexByError])
    }
  }

  /// The number of seeds on which RidgeCV's R² choice equals the MSE's.
  var ridgeCriteriaAgree: Int { outcomes.count(where: { $0.ridgeAlpha == $0.ridgeAlphaByError }) }

  /// The number of seeds on which RidgeCV chose the smallest candidate, 0.1.
  var ridgeAtGridEnd: Int { outcomes.count(where: { $0.ridgeAlpha == RidgeCV.defaultAlphas[0] }) }

  /// The number of seeds on which Ridge has the smaller test MSE.
  var ridgeWins: Int { outcomes.count(where: { $0.ridgeTestMSE < $0.lassoTestMSE }) }
}
