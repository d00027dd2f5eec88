import LessonKit
import Regularization

/// Claims (a)–(d) of lesson 1, each computed from the experiment's numbers.
struct SparsityClaims {
  let experiment: SparsityExperiment

  var all: [Claim] { [exactZeros, kkt, ridgeNeverZero, supportRecovery] }

  /// (a) α_max zeroes everything; just below it, only the leading feature moves.
  var exactZeros: Claim {
    let zerosAtMax = experiment.atAlphaMax.zeroCount
    let below = nonZeroIndices(experiment.justBelow.coefficients)
    let names = below.map(featureName).joined(separator: ", ")
    return Claim(
      "a",
      "At α = α_max every coefficient is exactly 0.0, and at α = (1 − 10⁻⁶)·α_max exactly one "
        + "is non-zero: the feature that attains the max.",
      measured: "at α_max \(zerosAtMax) of 20 are 0.0; just below, non-zero = {\(names)}; "
        + "argmax_j |x_jᵀ(y − ȳ)| = \(featureName(experiment.leadingFeature))",
      holds: zerosAtMax == SparsityExperiment.features && below == [experiment.leadingFeature])
  }

  /// (b) Every path solution satisfies the KKT conditions within its gap's bound.
  var kkt: Claim {
    let violation = experiment.optimality.map(\.largestViolation).max() ?? .nan
    let ratio = experiment.optimality.map(\.largestBoundRatio).max() ?? .nan
    return Claim(
      "b",
      "Every Lasso solution on the path satisfies the KKT conditions within the solver's "
        + "tolerance: no violation exceeds the bound its duality gap implies.",
      measured: "largest violation \(NumberFormat.scientific(violation)) over "
        + "\(experiment.alphas.count) solutions × 20 coordinates; largest violation/bound = "
        + "\(NumberFormat.scientific(ratio)) ≤ 1",
      holds: ratio <= 1)
  }

  /// (c) No exact zero anywhere on the Ridge path.
  var ridgeNeverZero: Claim {
    let zeros = experiment.ridgeZeroCounts.reduce(0, +)
    let smallest = experiment.ridge.map { smallestMagnitude($0.coefficients) }.min() ?? .nan
    return Claim(
      "c", "Ridge has no exact zero anywhere on the path: it shrinks weights, never removes them.",
      measured: "\(zeros) exact zeros among \(experiment.alphas.count) × 20 Ridge coefficients; "
        + "smallest |w_j| = \(NumberFormat.scientific(smallest))",
      holds: zeros == 0)
  }

  /// (d) At a moderate α the support is the true one (up to undetectably small weights).
  var supportRecovery: Claim {
    let statement =
      "At a moderate α the Lasso support equals the true support: every informative feature "
      + "whose weight stands above the noise (|w| ≥ 5σ/√n) and no uninformative one."
    guard let k = experiment.moderateIndex,
      let first = experiment.recoveryIndices.first, let last = experiment.recoveryIndices.last
    else {
      return Claim("d", statement, measured: "no α on the grid selects that support", holds: false)
    }
    let support = experiment.lassoSupport(at: k).sorted().map(featureName)
    var measured =
      "at α = \(NumberFormat.readable(experiment.alphas[k])) support = "
      + "{\(support.joined(separator: ", "))}; the same for α from "
      + "\(NumberFormat.readable(experiment.alphas[last])) to "
      + "\(NumberFormat.readable(experiment.alphas[first])) "
      + "(\(experiment.recoveryIndices.count) of \(experiment.alphas.count) grid points)"
    let hidden = experiment.trueSupport.subtracting(experiment.detectableSupport).sorted()
    if !hidden.isEmpty {
      measured +=
        "; below the floor 5σ/√n = \(NumberFormat.readable(experiment.detectionFloor)): "
        + hidden.map {
          "\(featureName($0)) (true w = \(NumberFormat.readable(experiment.truth.coefficients[$0])))"
        }.joined(separator: ", ")
    }
    return Claim("d", statement, measured: measured, holds: true)
  }
}
