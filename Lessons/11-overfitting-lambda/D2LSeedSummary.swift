import Regularization

/// Both editions of the d2l problem over several seeds, for comparing with the book's
/// printed numbers: one draw of 20 examples varies a lot, so a median says more than a run.
struct D2LSeedSummary: Sendable {
  static let seedCount = 7

  let seeds: [UInt64]
  /// `runs[edition][seed]`: the λ = 0 and λ = 3 runs of that edition and seed.
  let earlier: [D2LExperiment]
  let current: [D2LExperiment]

  init(firstSeed: UInt64) throws {
    seeds = (0..<UInt64(Self.seedCount)).map { firstSeed &+ $0 }
    earlier = try seeds.map { try D2LExperiment(seed: $0, edition: .earlier) }
    current = try seeds.map { try D2LExperiment(seed: $0, edition: .current) }
  }

  /// The median over seeds of `quantity` of run `index` (0: λ = 0, 1: λ = 3).
  static func median(
    _ experiments: [D2LExperiment], run index: Int, _ quantity: (D2LRun) -> Double
  ) -> Double {
    Regularization.median(experiments.map { quantity($0.runs[index]) })
  }
}
