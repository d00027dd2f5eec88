import LessonKit
import Regularization

/// Claims (a)–(d) of lesson 3, each computed from the experiment's numbers.
struct BiasPenaltyClaims {
  /// "Unchanged" and "zero" for the weights-only fit: far above rounding (~1e-14 here).
  static let exactTolerance = 1e-10
  /// "Broken" for the bias-penalized fit: far above rounding, far below what is measured.
  static let brokenThreshold = 1e-6
  /// The largest λ* still called "a small λ" in (c): measured λ* ≤ 0.025 over 2000 seeds.
  static let smallLambda = 0.1
  /// How close to the limit the largest λ must come in (d), relative to |ȳ|.
  static let limitTolerance = 1e-3

  let experiment: BiasPenaltyExperiment
  let slope: InputSlopeCheck

  var all: [Claim] { [slopeIgnoresBias, freeBias, penalizedBias, limits] }

  /// (a) ∂f/∂x = w, whatever b.
  var slopeIgnoresBias: Claim {
    Claim(
      "a",
      "∂f/∂x does not depend on b: with b of either fitted model set by hand, central "
        + "differences of its prediction in x give its own w whatever b is.",
      measured:
        "max |∂f/∂x_j − w_j| = \(NumberFormat.scientific(slope.largestDeviation, 1)) over "
        + "\(slope.models.count) fitted models × b ∈ "
        + "{\(InputSlopeCheck.biases.map { NumberFormat.compact($0) }.joined(separator: ", "))}"
        + " × \(slope.inputs.count) inputs × \(slope.models.first?.coefficients.count ?? 0) "
        + "features; spread across b "
        + "\(NumberFormat.scientific(slope.largestSpreadAcrossBiases, 1)); rounding bound 4ε·max|f|/h = "
        + NumberFormat.scientific(slope.roundingBound, 1),
      holds: slope.largestDeviation <= slope.roundingBound)
  }

  /// (b) Bias outside the penalty: zero mean residual, and translation moves only b.
  var freeBias: Claim {
    let sweep = experiment.weightsOnly
    let residual = sweep.meanResidual.map(abs).max() ?? .nan
    let interceptError =
      sweep.interceptShift.map { abs($0 - BiasPenaltyExperiment.shift) }.max() ?? .nan
    let weightShift = sweep.weightShift.max() ?? .nan
    let tolerance = Self.exactTolerance
    return Claim(
      "b",
      "With the bias outside the penalty, the mean training residual is 0 at every λ, and "
        + "shifting y by c = \(NumberFormat.compact(BiasPenaltyExperiment.shift)) shifts b by "
        + "exactly c and leaves the weights unchanged (within \(NumberFormat.scientific(tolerance, 0))).",
      measured:
        "over \(experiment.lambdas.count) λ: max |mean residual| = \(NumberFormat.scientific(residual, 1)); "
        + "max |Δb − c| = \(NumberFormat.scientific(interceptError, 1)); max |Δw_j| = \(NumberFormat.scientific(weightShift, 1))",
      holds: residual <= tolerance && interceptError <= tolerance && weightShift <= tolerance)
  }

  /// (c) Bias inside the penalty: both properties fail, and the test MSE is worse.
  var penalizedBias: Claim {
    let sweep = experiment.weightsAndBias
    let residual = sweep.meanResidual.map(abs).min() ?? .nan
    let weightShift = sweep.weightShift.min() ?? .nan
    let statement =
      "With the bias in the penalty, both break at every λ (the mean residual is λ·b ≠ 0; "
      + "shifting y moves the weights and moves b by less than c), and the test MSE is "
      + "higher at every λ on the grid from a small λ* on (λ* ≤ "
      + "\(NumberFormat.compact(Self.smallLambda)))."
    let largestInterceptShift = sweep.interceptShift.max() ?? .nan
    let broken =
      residual > Self.brokenThreshold && weightShift > Self.brokenThreshold
      && largestInterceptShift < BiasPenaltyExperiment.shift - Self.brokenThreshold
    var measured =
      "min over λ of |mean residual| = \(NumberFormat.scientific(residual, 1)), of max |Δw_j| = "
      + "\(NumberFormat.scientific(weightShift, 1)); Δb between "
      + "\(NumberFormat.readable(sweep.interceptShift.min() ?? .nan)) and "
      + "\(NumberFormat.readable(largestInterceptShift)) < c; "
    guard let k = experiment.worseFromIndex else {
      measured += "the penalized test MSE is not higher even at the largest λ"
      return Claim("c", statement, measured: measured, holds: false)
    }
    let count = experiment.lambdas.count
    measured +=
      "test MSE higher at every λ ≥ λ* = \(NumberFormat.compact(experiment.lambdas[k])) "
      + "(\(count - k) of \(count) grid points)"
    return Claim(
      "c", statement, measured: measured,
      holds: broken && experiment.lambdas[k] <= Self.smallLambda)
  }

  /// (d) λ → ∞: ȳ for the free bias, 0 for the penalized one.
  var limits: Claim {
    let fromMean = experiment.weightsOnly.distanceFromMean
    let fromZero = experiment.weightsAndBias.distanceFromZero
    let start = experiment.lambdas.firstIndex { $0 >= 1 } ?? 0
    let falling = (start + 1..<experiment.lambdas.count).allSatisfy {
      fromMean[$0] < fromMean[$0 - 1] && fromZero[$0] < fromZero[$0 - 1]
    }
    let mean = experiment.targetMean
    let bound = Self.limitTolerance * abs(mean)
    let last = experiment.lambdas.count - 1
    return Claim(
      "d",
      "As λ grows, the weights-only model tends to predicting mean(y) and the bias-penalized "
        + "one to predicting 0.",
      measured: "RMS distance of the test predictions from ȳ = \(NumberFormat.readable(mean)) "
        + "(weights only): \(NumberFormat.readable(fromMean[start])) at λ = "
        + "\(NumberFormat.compact(experiment.lambdas[start])) → \(NumberFormat.scientific(fromMean[last], 1)) at λ = "
        + "\(NumberFormat.compact(experiment.lambdas[last])); from 0 (weights + bias): "
        + "\(NumberFormat.readable(fromZero[start])) → \(NumberFormat.scientific(fromZero[last], 1)); "
        + (falling ? "both fall at every step from λ = 1" : "they do NOT fall at every step")
        + "; bound 10⁻³·|ȳ| = \(NumberFormat.readable(bound))",
      holds: falling && fromMean[last] <= bound && fromZero[last] <= bound)
  }
}
