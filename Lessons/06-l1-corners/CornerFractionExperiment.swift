import Foundation
import Regularization

/// Claim (b)'s Monte Carlo: 2,000 random quadratics f(w) = ½(w − c)ᵀH(w − c) with
/// H = R(θ)·diag(U(0.1, 1), U(0.1, 1))·R(θ)ᵀ, θ ~ U(0, π), c ~ N(0, I); each minimized with
/// α‖w‖₁ and with (α/2)‖w‖² at α = r·α_max, α_max = ‖Hc‖∞, for r = 0.05, 0.10, …, 0.95.
struct CornerFractionExperiment {
  static let draws = 2000
  /// The penalty as a fraction of each problem's α_max: k/20, k = 1 … 19 (exact in binary
  /// to the nearest double, so 0.1, 0.25, 0.5, 0.75 and 0.9 are grid points).
  static let ratios = (1...19).map { Double($0) / 20 }
  /// The ratios the catalogue reports, at which claim (b) checks the rise.
  static let reportedRatios = [0.1, 0.25, 0.5, 0.75, 0.9]
  /// The ratio of claim (b)'s "more than half".
  static let claimRatio = 0.5
  static let eigenvalueRange = 0.1..<1.0

  /// A solver for the L1-penalized problem: the library's exact one by default.
  typealias Solver = (QuadraticLoss2D, Double) throws -> [Double]

  /// How many of the draws have an exact zero, at one ratio.
  struct Point {
    let ratio: Double
    let l1: Proportion
    let l2: Proportion
  }

  let points: [Point]
  /// The same count for H = I at r = ½, whose exact value is (4/π)·atan(½).
  let identity: Proportion

  init(
    seed: UInt64, draws: Int = draws,
    l1Solver: Solver = { try $0.minimizerWithL1Penalty(alpha: $1) }
  ) throws {
    var generator = Xoshiro256StarStar(seed: seed)
    var losses: [QuadraticLoss2D] = []
    for _ in 0..<draws {
      let angle = generator.uniform(in: 0..<Double.pi)
      let first = generator.uniform(in: Self.eigenvalueRange)
      let second = generator.uniform(in: Self.eigenvalueRange)
      let centre = [generator.normal(), generator.normal()]
      losses.append(
        try QuadraticLoss2D(
          hessian: .rotated(by: angle, eigenvalues: first, second), centre: centre))
    }
    points = try Self.ratios.map { ratio in
      var (l1, l2) = (0, 0)
      for loss in losses {
        let alpha = ratio * loss.alphaMax
        if try l1Solver(loss, alpha).contains(0) { l1 += 1 }
        if try loss.minimizerWithL2Penalty(lambda: alpha).contains(0) { l2 += 1 }
      }
      return Point(
        ratio: ratio, l1: try Proportion(successes: l1, trials: draws),
        l2: try Proportion(successes: l2, trials: draws))
    }
    var zeros = 0
    let unit = SymmetricMatrix2(a: 1, b: 0, d: 1)
    for _ in 0..<draws {
      let loss = try QuadraticLoss2D(
        hessian: unit, centre: [generator.normal(), generator.normal()])
      if try l1Solver(loss, Self.claimRatio * loss.alphaMax).contains(0) { zeros += 1 }
    }
    identity = try Proportion(successes: zeros, trials: draws)
  }

  /// The exact fraction for H = I and c isotropic: w = S(c, α) has a zero iff
  /// min|cⱼ| ≤ r·max|cⱼ|, i.e. iff c's angle to the nearest axis is at most atan(r).
  static func identityFraction(ratio: Double) -> Double { 4 / Double.pi * atan(ratio) }

  /// The point at `ratio` (a grid point).
  func point(at ratio: Double) -> Point? { points.first { $0.ratio == ratio } }
}
