import LessonKit
import Regularization

/// Claims (a)–(c) of lesson 11, each computed from the experiments' numbers.
struct OverfittingClaims {
  let earlier: D2LExperiment
  let current: D2LExperiment
  let polynomial: PolynomialExperiment

  /// (a): validation/training at λ = 0 must exceed this in both d2l editions and on the
  /// polynomial [measured: worst 254 000 and 902 over 30 seeds in numpy; λ = 3 gives 12–26].
  static let overfitRatio = 100.0
  /// (c): the interior minimum must be this many times below both ends [numpy: worst 1.84].
  static let interiorFactor = 1.5

  var all: [Claim] { [overfits, trainingErrorRises, interiorMinimum] }

  /// (a) At λ = 0 training error is near 0 while validation error is large.
  var overfits: Claim {
    let ratios = [earlier.runs[0], current.runs[0]].map { $0.validationLoss / $0.trainingLoss }
    let polynomialRatio = polynomial.validationError[0] / polynomial.trainingError[0]
    let worst = (ratios + [polynomialRatio]).min() ?? .nan
    return Claim(
      "a",
      "With λ = 0 the training error is near 0 while the validation error is large: "
        + "validation/training > \(NumberFormat.fixed(Self.overfitRatio, 0)) on the d2l problem "
        + "(both editions) and on the degree-15 polynomial.",
      measured: "validation/training at λ = 0: d2l earlier \(NumberFormat.scientific(ratios[0])), "
        + "current \(NumberFormat.scientific(ratios[1])), polynomial "
        + "\(NumberFormat.scientific(polynomialRatio)); training MSE of the polynomial "
        + "\(NumberFormat.scientific(polynomial.trainingError[0]))",
      holds: worst > Self.overfitRatio)
  }

  /// (b) On the polynomial's grid of closed-form fits, training error never falls as λ grows.
  var trainingErrorRises: Claim {
    let errors = polynomial.trainingError
    // A relative slack of 1e-9 of the error scale covers rounding at the tiny-λ end, where
    // the training error is ~1e-20 (the interpolating fits).
    let slack = 1e-9 * (errors.max() ?? 0)
    let drops = errors.indices.dropFirst().filter { errors[$0] < errors[$0 - 1] - slack }
    let smallestStep = errors.indices.dropFirst().map { errors[$0] - errors[$0 - 1] }.min() ?? .nan
    return Claim(
      "b",
      "Training error rises with λ: along the polynomial's grid of closed-form ridge fits it "
        + "never falls (a theorem for exact minimizers; not claimed for the SGD runs).",
      measured: "\(drops.count) drops over \(errors.count - 1) steps of the grid (slack "
        + "\(NumberFormat.scientific(slack))); smallest step \(NumberFormat.scientific(smallestStep)); "
        + "training MSE from \(NumberFormat.scientific(errors[0])) at λ = 0 to "
        + "\(NumberFormat.readable(errors[errors.count - 1])) at λ = 100",
      holds: drops.isEmpty)
  }

  /// (c) The validation error has an interior minimum well below both ends, and the λ it
  /// picks beats both ends on test error.
  var interiorMinimum: Claim {
    let validation = polynomial.validationError
    let test = polynomial.testError
    let k = argmin(validation)
    let last = validation.count - 1
    let factor = min(validation[0], validation[last]) / validation[k]
    let interior = k > 0 && k < last
    let beatsEnds = test[k] < test[0] && test[k] < test[last]
    return Claim(
      "c",
      "On the polynomial the validation error has an interior minimum at least "
        + "\(NumberFormat.fixed(Self.interiorFactor, 1))× below both ends of the grid, and the "
        + "λ it picks beats both ends on test error.",
      measured: "minimum at λ = \(NumberFormat.scientific(PolynomialExperiment.grid[k])) "
        + "(grid point \(k) of 0…\(last)); ends/minimum = \(NumberFormat.readable(factor)); "
        + "test MSE \(NumberFormat.readable(test[k])) vs \(NumberFormat.scientific(test[0])) "
        + "(λ = 0) and \(NumberFormat.readable(test[last])) (λ = 100)",
      holds: interior && factor >= Self.interiorFactor && beatsEnds)
  }
}
