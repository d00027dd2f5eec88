import LessonKit
import Regularization

/// Claims (a)–(d) of lesson 12, each computed from the experiments' numbers.
struct DropoutClaims {
  let expectation: ExpectationExperiment
  let linear: LinearDropoutExperiment
  let network: DropoutExperiment

  /// More than 5 standard errors from a Monte Carlo mean is a wrong prediction.
  static let zBound = 5.0
  /// Enumeration and formula are the same sum regrouped: agreement to rounding.
  static let exactTolerance = 1e-12

  var all: [Claim] { [keepsExpectation, deterministicEvaluation, dataDependentRidge, smallerGap] }

  /// (a) E[training-mode output] = h for every unit.
  var keepsExpectation: Claim {
    let z = expectation.largestUnitZ
    let varying = expectation.unitEstimates.filter { $0.standardError > 0 }.count
    return Claim(
      "a",
      "Inverted dropout keeps the expected activation: E[m_j·h_j/(1 − q)] = h_j "
        + "(Monte Carlo mean within 5 standard errors).",
      measured: "\(ExpectationExperiment.draws) masks at q = "
        + "\(NumberFormat.fixed(DropoutExperiment.rate, 1)) on the \(varying) non-zero of "
        + "\(expectation.activations.count) hidden activations (32 units × "
        + "\(ExpectationExperiment.points) points): largest |z| = "
        + "\(NumberFormat.fixed(z, 2)) ≤ \(NumberFormat.fixed(Self.zBound, 0))",
      holds: z <= Self.zBound)
  }

  /// (b) Two evaluation passes agree bit for bit.
  var deterministicEvaluation: Claim {
    let evaluation = expectation.evaluationDifference
    let training = expectation.trainingDifference
    return Claim(
      "b",
      "At evaluation time the network is deterministic: the same inputs give the same "
        + "outputs, whatever state the random generator is in.",
      measured: "max |Δ output| between two evaluation passes over "
        + "\(expectation.evaluationPasses.0.count) points = \(NumberFormat.readable(evaluation)) "
        + "(two training-mode passes: \(NumberFormat.readable(training, significant: 3)))",
      holds: evaluation == 0)
  }

  /// (c) E[loss] = MSE + q/(1 − q)·Σ_j w_j²·mean_i(x_ij²): exact and Monte Carlo.
  var dataDependentRidge: Claim {
    let difference = abs(linear.exact - linear.predicted)
    let z = linear.monteCarlo.zScore(against: linear.predicted)
    let exact = difference <= Self.exactTolerance * linear.predicted
    return Claim(
      "c",
      "For linear regression, inverted dropout on the inputs with rate q gives, in "
        + "expectation, MSE + q/(1 − q)·Σ_j w_j²·mean_i(x_ij²) (MSE without ½; with ½ the "
        + "penalty halves too).",
      measured: "q = \(NumberFormat.fixed(LinearDropoutExperiment.rate, 1)), factor "
        + "\(NumberFormat.readable(linear.factor)): predicted "
        + "\(NumberFormat.readable(linear.predicted)); every mask enumerated "
        + "\(NumberFormat.readable(linear.exact)) (|Δ| = \(NumberFormat.scientific(difference, 1)) "
        + "≤ 1e-12 relative); Monte Carlo over \(LinearDropoutExperiment.draws) masks "
        + "\(NumberFormat.readable(linear.monteCarlo.mean)) ± "
        + "\(NumberFormat.readable(linear.monteCarlo.standardError)), |z| = "
        + "\(NumberFormat.fixed(abs(z), 2)) ≤ 5",
      holds: exact && abs(z) <= Self.zBound)
  }

  /// (d) The mean train–test gap over 5 seeds is smaller with dropout.
  var smallerGap: Claim {
    let (plain, dropped) = network.meanGaps
    let wins = zip(network.plain, network.dropped).filter { $0.1.gap < $0.0.gap }.count
    return Claim(
      "d",
      "Averaged over 5 seeds, the train–test gap in cross-entropy (train loss measured in "
        + "evaluation mode) is smaller with dropout than without (2-32-1 network, 50 points "
        + "of two moons, q = 0.5, full-batch Adam). No claim about the test error itself.",
      measured: "mean gap \(NumberFormat.readable(plain, significant: 3)) without → "
        + "\(NumberFormat.readable(dropped, significant: 3)) with dropout; smaller on "
        + "\(wins) of \(network.plain.count) seeds",
      holds: dropped < plain)
  }
}
