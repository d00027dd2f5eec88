import LessonKit
import Regularization

/// Claims (a)–(c) of lesson 14, each computed from the experiments' numbers.
struct AugmentationClaims {
  let noise: NoiseRidgeExperiment
  let symmetry: SymmetryExperiment

  /// A prediction more than this many standard errors from the Monte Carlo mean is wrong.
  static let zBound = 5.0
  /// (b): at K = 1024 the distance must be below this fraction of its K = 1 value.
  static let distanceFraction = 0.1
  /// (c): the median test-error ratio (augmented / plain) at n = 15 must be at most this,
  /// and augmenting must win on at least `minimumWins` of the 20 training sets.
  static let medianRatioBound = 0.5
  static let minimumWins = 18

  var all: [Claim] { [noiseIsRidge, copiesApproachRidge, symmetryHelps] }

  /// (a) E[MSE on noisy inputs] = MSE + σ²‖w‖², by Monte Carlo.
  var noiseIsRidge: Claim {
    let z = noise.noisyLoss.zScore(against: noise.predictedLoss)
    let n = NoiseRidgeExperiment.samples
    return Claim(
      "a",
      "For linear regression, Gaussian input noise of variance σ² gives, in expectation, "
        + "MSE + σ²·‖w‖² (MSE without ½): ridge with λ = σ² in that form, scikit-learn's "
        + "α = n·σ².",
      measured: "σ² = \(NumberFormat.fixed(noise.variance, 2)), α = "
        + "\(NumberFormat.readable(noise.alpha)) (n = \(n)): predicted MSE + (α/n)·‖w‖² = "
        + "\(NumberFormat.readable(noise.predictedLoss)); Monte Carlo over "
        + "\(noise.noisyLoss.count) noisy copies "
        + "\(NumberFormat.readable(noise.noisyLoss.mean)) ± "
        + "\(NumberFormat.readable(noise.noisyLoss.standardError)) (1 SE); |z| = "
        + "\(NumberFormat.fixed(abs(z), 2)) ≤ \(NumberFormat.fixed(Self.zBound, 0))",
      holds: abs(z) <= Self.zBound)
  }

  /// (b) The distance from least squares on K noisy copies to ridge falls ~K^(−1/2).
  var copiesApproachRidge: Claim {
    let d = noise.distances
    let first = d[0]
    let last = d[d.count - 1]
    let ratio = last / first
    let rises = (1..<d.count).filter { d[$0] > d[$0 - 1] }.count
    let largest = NoiseRidgeExperiment.copies[NoiseRidgeExperiment.copies.count - 1]
    return Claim(
      "b",
      "Training on K noisy copies moves the least-squares solution toward that ridge "
        + "solution like K^(−1/2): at K = 1024 the distance is below 1/10 of its K = 1 value "
        + "(not at every doubling).",
      measured: "‖w_K − w_ridge‖: K = 1 \(NumberFormat.readable(first)), K = \(largest) "
        + "\(NumberFormat.readable(last)); ratio \(NumberFormat.readable(ratio, significant: 3)) "
        + "< \(NumberFormat.fixed(Self.distanceFraction, 1)) (K^(−1/2) predicts "
        + "\(NumberFormat.readable(1 / Double(largest).squareRoot(), significant: 3))); "
        + "\(rises) of \(d.count - 1) doublings moved away",
      holds: ratio < Self.distanceFraction)
  }

  /// (c) Mirrored copies lower the test error of a degree-9 fit of an even target.
  var symmetryHelps: Claim {
    let row = symmetry.claimRow
    let ratios = row.ratios
    let medianRatio = Regularization.median(ratios)
    let wins = ratios.filter { $0 < 1 }.count
    let errors =
      NumberFormat.scientific(median(row.plain)) + " → "
      + NumberFormat.scientific(median(row.augmented))
    return Claim(
      "c",
      "On a task with a known symmetry (a degree-9 polynomial fit of an even target, "
        + "augmented with x → −x), augmenting lowers the test error when data are few "
        + "(n = \(SymmetryExperiment.claimSize)).",
      measured: "n = \(row.size), \(ratios.count) training sets: median test error " + errors
        + ", median ratio \(NumberFormat.readable(medianRatio, significant: 3)) ≤ "
        + "\(NumberFormat.fixed(Self.medianRatioBound, 1)); lower on \(wins) of "
        + "\(ratios.count) (≥ \(Self.minimumWins))",
      holds: medianRatio <= Self.medianRatioBound && wins >= Self.minimumWins)
  }
}
