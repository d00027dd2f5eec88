/// Both computations of lesson 6, as its claims read them: the fixed example (claim (a))
/// and the Monte Carlo over random quadratics (claim (b)).
struct CornerExperiment {
  let geometry: GeometryExperiment
  let fractions: CornerFractionExperiment

  /// The lesson's own run: the exact solvers, the draws of `seed`.
  init(seed: UInt64) throws {
    self.init(
      geometry: try GeometryExperiment(), fractions: try CornerFractionExperiment(seed: seed))
  }

  /// Any pair, for tests that feed a claim a wrong solver.
  init(geometry: GeometryExperiment, fractions: CornerFractionExperiment) {
    self.geometry = geometry
    self.fractions = fractions
  }
}
