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

  /// The smallest and largest over seeds of `quantity` of run `index`.
  static func range(
    _ experiments: [D2LExperiment], run index: Int, _ quantity: (D2LRun) -> Double
  ) -> ClosedRange<Double> {
    let values = experiments.map { quantity($0.runs[index]) }
    return (values.min() ?? .nan)...(values.max() ?? .nan)
  }

  /// The quantity each edition prints as "L2 norm of w": ‖w‖ (earlier) or ‖w‖²/2 (current).
  static func printed(_ edition: D2LEdition) -> (D2LRun) -> Double {
    edition == .earlier ? { $0.norm } : { $0.halfSquaredNorm }
  }

  /// The book's printed "L2 norm of w" per edition name and λ, where this lesson quotes one:
  /// the earlier edition's 12.94 at λ = 0; the current edition's PyTorch slides
  /// (d2l.smola.org), 0.00922 at λ = 0 and 0.00162 at λ = 3.
  static let book: [String: (value: Double, text: String)] = [
    "earlier 0": (12.94, "12.94"), "current 0": (0.00922, "0.00922"),
    "current 3": (0.00162, "0.00162"),
  ]
}
