import LessonKit
import Regularization

/// Claims (a)–(d) of lesson 4, each computed from the experiments' numbers.
struct LossGradientClaims {
  let curves: LossCurveExperiment
  let descent: LossDescentExperiment
  let outliers: OutlierFitExperiment

  /// The bound on the slope-error fractions of claim (d). Measured over seeds 1–1000:
  /// at most 0.21 (L1) and 0.16 (Smooth L1), median 0.06; 0.25 leaves a margin.
  static let slopeFractionBound = 0.25
  /// How far the one-sided slopes may differ at a C¹ joint with h = 10⁻⁶: the quadratic
  /// side's difference quotient is off by h/(2β) = 5·10⁻⁷.
  static let jointTolerance = 1e-5
  /// How far the measured ratios may stray from 1 − 2η and 1 − η/β: rounding of θ near
  /// t against distances down to 10⁻⁹ (measured ≤ 2·10⁻⁷).
  static let rateTolerance = 1e-4

  var all: [Claim] { [gradientShapes, descentBehaviour, farStart, outlierFit] }

  /// (a) The derivative curves.
  var gradientShapes: Claim {
    let kink = curves.l1Kink
    let tiny = curves.smoothL1SmallSlopes.last ?? (.nan, .nan)
    let big = LossCurveExperiment.wideResiduals.last ?? .nan
    let joints = zip(["−β", "+β"], curves.smoothL1Joints).map { name, slopes in
      "\(name): \(readable(slopes.left, 7)) | \(readable(slopes.right, 7))"
    }
    return Claim(
      "a",
      "|∂L1| = 1 for every r ≠ 0; ∂MSE = 2r grows without bound; |∂SmoothL1| ≤ 1 and → 0 as "
        + "r → 0; Smooth L1 is C¹ at |r| = β (its left and right slopes agree).",
      measured: "max ||∂L1| − 1| = \(readable(curves.l1SlopeDeviation)) over r ≠ 0 in "
        + "±[10⁻⁶, 10⁶] (at 0 the slopes jump, \(readable(kink.left)) | \(readable(kink.right))); "
        + "max |∂MSE/r − 2| = \(readable(curves.mseSlopeRatioDeviation)), ∂MSE(\(readable(big))) "
        + "= \(readable(curves.mse.derivative(residual: big))); max |∂SmoothL1| = "
        + "\(readable(curves.smoothL1LargestSlope)), ∂SmoothL1(\(readable(tiny.r))) = "
        + "\(readable(tiny.slope)); one-sided slopes (h = 10⁻⁶) at "
        + "\(joints.joined(separator: ", ")), "
        + "mismatch \(NumberFormat.scientific(curves.smoothL1JointMismatch)) ≤ "
        + NumberFormat.scientific(Self.jointTolerance, 0),
      holds: curves.l1SlopeDeviation == 0 && curves.mseSlopeRatioDeviation <= 1e-12
        && curves.smoothL1LargestSlope <= 1 && abs(tiny.slope) <= tiny.r
        && curves.smoothL1JointMismatch <= Self.jointTolerance && kink.right - kink.left >= 2)
  }

  /// (b) Geometric convergence for MSE and Smooth L1, a band of width η for L1.
  var descentBehaviour: Claim {
    let eta = LossDescentExperiment.learningRate
    let rates = [1 - 2 * eta, 1 - eta / LossDescentExperiment.beta]
    let deviations = zip([0, 2], rates).map { index, rate in
      descent.tailRatios(index).map { abs($0 - rate) }.max() ?? .nan
    }
    let width = descent.l1BandWidth
    return Claim(
      "b",
      "Fixed-step gradient descent (η = \(eta)) on ℓ(θ − t): MSE and Smooth L1 converge "
        + "geometrically, L1 ends oscillating in a band of width η around θ* and never settles.",
      measured: "ratios |θ_k+1 − θ*|/|θ_k − θ*| over the last \(LossDescentExperiment.tail) "
        + "steps: MSE 1 − 2η = \(readable(rates[0], 2)) within "
        + "\(NumberFormat.scientific(deviations[0], 1)), Smooth L1 1 − η/β = "
        + "\(readable(rates[1], 2)) within \(NumberFormat.scientific(deviations[1], 1)) "
        + "(≤ \(NumberFormat.scientific(Self.rateTolerance, 0))); L1 band width "
        + "\(readable(width, 6)) (η = \(eta)), θ* inside: "
        + "\(descent.l1BandContainsOptimum ? "yes" : "no"), closest approach "
        + "\(readable(descent.l1ClosestApproach)) > 0",
      holds: deviations.allSatisfy { $0 <= Self.rateTolerance } && abs(width - eta) <= 1e-9
        && descent.l1BandContainsOptimum && descent.l1ClosestApproach > 0)
  }

  /// (c) The first step from a far start, measured from the runs; and what explodes.
  var farStart: Claim {
    let far = LossDescentExperiment.farDistance
    let eta = LossDescentExperiment.learningRate
    let large = LossDescentExperiment.largeLearningRate
    let rounding = descent.stepRounding
    let farIndex = LossDescentExperiment.startDistances.firstIndex(of: far) ?? 0
    let steps = descent.firstSteps[farIndex]
    let largestSmooth = descent.firstSteps.map { $0[2] }.max() ?? .nan
    let t = descent.target
    let mseLarge = descent.largeStepTrajectories[0].map { abs($0 - t) }
    let smoothLarge = descent.largeStepTrajectories[2].map { abs($0 - t) }
    let growth = (mseLarge.last ?? .nan) / (mseLarge.first ?? .nan)
    let smoothWorst = smoothLarge.max() ?? .nan
    let distances = LossDescentExperiment.startDistances.map { readable($0) }
      .joined(separator: ", ")
    return Claim(
      "c",
      "From a far start (θ₀ − θ* = \(readable(far))) the first MSE step, measured from the "
        + "run, is huge (2η·d) while Smooth L1's is at most η however far the start. The "
        + "article's \"gradient explosion\" is a step too large for the curvature: at "
        + "η = \(large) > 2/ℓ″ = 1 MSE's distance grows by |1 − 2η| per step, while Smooth L1 "
        + "(steps ≤ η) never diverges.",
      measured: "first step from d = \(readable(far)): MSE \(readable(steps[0])) (2η·d = "
        + "\(readable(2 * eta * far))), L1 \(readable(steps[1])), Smooth L1 "
        + "\(readable(steps[2])); largest Smooth L1 first step over d = \(distances): "
        + "\(readable(largestSmooth)) ≤ η = \(eta); at η = \(large), after "
        + "\(LossDescentExperiment.largeSteps) steps MSE's distance × \(readable(growth)), "
        + "Smooth L1's largest \(readable(smoothWorst)) ≤ d",
      holds: abs(steps[0] - 2 * eta * far) <= rounding && largestSmooth <= eta + rounding
        && steps[0] >= 100 * steps[2] && growth > 100 && smoothWorst <= far + rounding)
  }

  /// (d) Slope errors of the three line fits, and their optimality.
  var outlierFit: Claim {
    let errors = outliers.slopeErrors
    let fractions = outliers.robustSlopeFractions
    let optimality = outliers.optimality
    let bound = Self.slopeFractionBound
    return Claim(
      "d",
      "A line fit with 10 % gross outliers: the slope error of L1 and of Smooth L1 is a small "
        + "fraction (≤ \(bound)) of MSE's; every line is an exact minimizer of its loss.",
      measured: "|b̂ − 2|: MSE \(readable(errors[0])), L1 \(readable(errors[1])) "
        + "(\(NumberFormat.fixed(fractions[0], 3)) of MSE's), Smooth L1 \(readable(errors[2])) "
        + "(\(NumberFormat.fixed(fractions[1], 3))); optimality: |∇| of the mean loss MSE "
        + "\(NumberFormat.scientific(optimality.mseGradient, 1)), Smooth L1 "
        + "\(NumberFormat.scientific(optimality.smoothGradient, 1)); L1's smallest directional "
        + "derivative \(readable(optimality.l1DescentRate)) ≥ 0",
      holds: fractions.allSatisfy { $0 <= bound } && optimality.mseGradient <= 1e-9
        && optimality.smoothGradient <= 1e-9 && optimality.l1DescentRate >= -1e-12)
  }

  private func readable(_ value: Double, _ significant: Int = 4) -> String {
    NumberFormat.readable(value, significant: significant)
  }
}
