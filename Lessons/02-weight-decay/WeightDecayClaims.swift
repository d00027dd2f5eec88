import LessonKit
import Regularization

/// Claims (a)–(e) of lesson 2, each computed from the experiments' numbers.
struct WeightDecayClaims {
  /// The bounds of the catalogue; (e)'s is set from measurement (see the lesson's tests).
  static let gradientBound = 1e-6
  static let trajectoryBound = 1e-12
  static let decayBound = 1e-12
  static let ridgeBound = 1e-8
  static let eigenBound = 1e-10

  let derivation: WeightDecayExperiment
  let decay: PureDecayExperiment
  let shrinkage: ShrinkageExperiment

  var all: [Claim] { [gradient, sameTrajectory, geometricDecay, convergesToRidge, eigenShrinkage] }

  /// (a) Analytic gradient against central differences.
  var gradient: Claim {
    let error = derivation.gradientError
    let penalty = derivation.penaltyGradientError
    return Claim(
      "a",
      "The analytic gradient ∂C/∂w = ∂C0/∂w + (λ/n)·w, ∂C/∂b = ∂C0/∂b matches central finite "
        + "differences of C: relative error < 1e-6.",
      measured: "‖∇C − ∇C_fd‖/‖∇C‖ = \(NumberFormat.scientific(error)) at a random (w, b), "
        + "5 coordinates; the penalty's (λ/n)·w alone: \(NumberFormat.scientific(penalty)); "
        + "bound 1e-6",
      holds: error < Self.gradientBound && penalty < Self.gradientBound)
  }

  /// (b) The two update forms, and PyTorch's SGD, side by side over 1000 steps.
  var sameTrajectory: Claim {
    let forms = derivation.formDifference
    let pytorch = derivation.pytorchDifference
    let total = WeightDecayExperiment.steps + 1
    let identical = WeightDecayExperiment.identicalSteps(
      derivation.gradientForm, derivation.decayForm)
    let pytorchIdentical = WeightDecayExperiment.identicalSteps(
      derivation.gradientForm, derivation.pytorchForm)
    return Claim(
      "b",
      "\"Gradient of the penalized loss\" and \"decay, then step\" produce the same trajectory "
        + "over 1000 steps: max difference < 1e-12.",
      measured: "max_t max_j |θ_t − θ'_t| = \(NumberFormat.scientific(forms)) (bit-identical at "
        + "\(identical) of \(total) points: different operations, algebraically equal, so "
        + "they may round differently); PyTorch's "
        + "SGD(weight_decay = λ/n) with a no-decay bias group: "
        + "\(pytorch == 0 ? "0" : NumberFormat.scientific(pytorch)) (bit-identical at \(pytorchIdentical) of "
        + "\(total)); bound 1e-12",
      holds: forms < Self.trajectoryBound && pytorch < Self.trajectoryBound)
  }

  /// (c) Pure decay is geometric.
  var geometricDecay: Claim {
    let sgd = decay.runs.map(\.sgdError).max() ?? .nan
    let articles = decay.runs.map(\.decayError).max() ?? .nan
    let lambdas = PureDecayExperiment.lambdas.map { NumberFormat.plain($0) }
    return Claim(
      "c",
      "With C0 ≡ 0 the weight norm follows (1 − ηλ/n)^t·‖w0‖ exactly: relative error < 1e-12 "
        + "at every step.",
      measured: "largest |‖w_t‖ − (1 − ηλ/n)^t‖w0‖|/((1 − ηλ/n)^t‖w0‖) over t = 1…"
        + "\(PureDecayExperiment.steps) and λ ∈ {\(lambdas.joined(separator: ", "))}: "
        + "\(NumberFormat.scientific(sgd)) (PyTorch's SGD), \(NumberFormat.scientific(articles)) "
        + "(decay then step); bound 1e-12",
      holds: decay.largestError < Self.decayBound)
  }

  /// (d) Gradient descent reaches the closed form.
  var convergesToRidge: Claim {
    let distance = derivation.distanceToRidge
    return Claim(
      "d",
      "Gradient descent on the penalized least squares converges to the closed-form ridge "
        + "solution (scikit-learn's Ridge with alpha = λ): difference < 1e-8.",
      measured: "after \(WeightDecayExperiment.steps) steps at η = 1/L: max |θ − θ*| over w and b "
        + "= \(NumberFormat.scientific(distance)) (the contraction bound "
        + "‖θ0 − θ*‖·(1 − μ/L)^1000 = \(NumberFormat.scientific(derivation.predictedDistance)), "
        + "the rest is rounding); bound 1e-8",
      holds: distance < Self.ridgeBound)
  }

  /// (e) Shrinkage factors in the eigenbasis.
  var eigenShrinkage: Claim {
    let error = shrinkage.largestError
    let d = shrinkage.eigenvalues
    let factors = shrinkage.factors(at: shrinkage.lambda)
    let measured = shrinkage.measuredFactors(of: shrinkage.atLambda)
    let ordered = zip(measured, measured.dropFirst()).allSatisfy { $0 > $1 }
    let last = d.count - 1
    return Claim(
      "e",
      "In the eigenbasis of XᵀX (X, y centered) each coordinate of the ridge solution is the "
        + "least-squares one times d_j/(d_j + λ): large-variance directions are kept, small ones "
        + "shrunk.",
      measured: "max_j |z_j(λ) − d_j/(d_j + λ)·z_j(0)|/‖z(0)‖ = \(NumberFormat.scientific(error)) "
        + "over \(ShrinkageExperiment.lambdas.count + 1) values of λ (bound 1e-10); at λ = "
        + "\(NumberFormat.plain(shrinkage.lambda)): factor "
        + "\(NumberFormat.fixed(measured[0], 3)) for d_1 = \(NumberFormat.readable(d[0])), "
        + "\(NumberFormat.fixed(measured[last], 3)) for d_\(last + 1) = "
        + "\(NumberFormat.readable(d[last])) (theory \(NumberFormat.fixed(factors[0], 3)), "
        + "\(NumberFormat.fixed(factors[last], 3))); measured factors fall as d_j falls: "
        + "\(ordered ? "yes" : "no")",
      holds: error < Self.eigenBound && ordered)
  }
}
