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

  /// (b) Every path solution met the solver's tolerance, and its KKT violations are
  /// within what that gap allows.
  var kkt: Claim {
    let gapRatio = experiment.largestGapRatio
    let violation = experiment.optimality.map(\.largestViolation).max() ?? .nan
    let boundRatio = experiment.optimality.map(\.largestBoundRatio).max() ?? .nan
    return Claim(
      "b",
      "Every Lasso solution on the path satisfies the KKT conditions within the solver's "
        + "tolerance: its duality gap G is at most tol·‖y − ȳ‖²/n, and no KKT violation "
        + "exceeds the bound max(√(2a_jG), 2G/|w_j|) that this gap implies.",
      measured: "largest G/(tol·‖y − ȳ‖²/n) = \(NumberFormat.scientific(gapRatio)) ≤ 1 "
        + "(tol = \(NumberFormat.plain(SparsityExperiment.pathTolerance))); largest violation "
        + "\(NumberFormat.scientific(violation)) over \(experiment.alphas.count) solutions × "
        + "\(SparsityExperiment.features) coordinates, largest violation/bound = "
        + "\(NumberFormat.scientific(boundRatio)) ≤ 1",
      holds: gapRatio <= 1 && boundRatio <= 1)
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

  /// (d) At the universal threshold the support keeps every feature above the noise.
  var supportRecovery: Claim {
    let support = experiment.universalSupport
    let detectable = experiment.detectableSupport
    let missed = detectable.subtracting(support).sorted()
    let others = support.subtracting(experiment.trueSupport).count
    let hidden = experiment.trueSupport.subtracting(detectable).sorted()
    var measured =
      "at α = σ·√(2·ln p/n) = \(NumberFormat.readable(experiment.universalAlpha)) the support "
      + "is {\(support.sorted().map(featureName).joined(separator: ", "))}: "
      + "\(detectable.count - missed.count) of the \(detectable.count) features with "
      + "|w| ≥ 5σ/√n = \(NumberFormat.readable(experiment.detectionFloor)), "
      + "and \(others) of the \(SparsityExperiment.features - experiment.trueSupport.count) "
      + "uninformative ones"
    if !missed.isEmpty {
      measured += "; missed: " + missed.map(featureName).joined(separator: ", ")
    }
    if !hidden.isEmpty {
      measured +=
        "; informative but below the floor: "
        + hidden.map {
          "\(featureName($0)) (true w = \(NumberFormat.readable(experiment.truth.coefficients[$0])))"
        }.joined(separator: ", ")
    }
    return Claim(
      "d",
      "At the universal threshold α = σ·√(2·ln p/n), chosen without looking at the true "
        + "support, the Lasso keeps every feature whose true weight stands above the noise "
        + "(|w| ≥ 5σ/√n); the measurement says how many uninformative features it keeps too.",
      measured: measured, holds: missed.isEmpty && !detectable.isEmpty)
  }
}
