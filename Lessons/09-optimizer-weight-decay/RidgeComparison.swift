import Foundation
import Regularization

/// Claim (c): on `OverfitData`, full-batch Adam with coupled `weight_decay = λ` against the
/// ridge solution of `L + (λ/2)‖w‖²`, and AdamW with the same λ, across a grid of λ.
///
/// Both optimizers run `steps` steps at η = 0.01 from θ₀ = 0 with the groups [w, [b]]
/// (the bias not decayed, lesson 3). The ridge solution is the closed form, scikit-learn's
/// `Ridge(alpha = nλ/2)` (the objective times n). Distances are of the weights w only.
struct RidgeComparison {
  static let learningRate = 0.01
  static let steps = 3000
  /// λ = 10⁻³ … 1, half a decade apart.
  static let lambdas = (0...6).map { pow(10, -3 + 0.5 * Double($0)) }
  /// The claim is checked where the penalty is not negligible: every λ ≥ 10⁻².
  static let checkedFrom = 1e-2
  /// The λ whose distances the `trajectories` figure follows step by step.
  static let traceLambda = 0.1

  /// One λ: the three weight vectors (w then b) and their test MSE.
  struct Fit {
    let lambda: Double
    let ridge: [Double]
    let adamL2: [Double]
    let adamW: [Double]
    let testError: (ridge: Double, adamL2: Double, adamW: Double)

    /// ‖w − w_ridge‖/‖w_ridge‖, weights only.
    var adamL2Distance: Double { Self.distance(adamL2, ridge) }
    var adamWDistance: Double { Self.distance(adamW, ridge) }

    static func distance(_ theta: [Double], _ ridge: [Double]) -> Double {
      relativeDistance(Array(theta.dropLast()), to: Array(ridge.dropLast()))
    }
  }

  /// Per step t = 0 … steps at `traceLambda`: the distance of each optimizer from the ridge
  /// solution (SGD with momentum 0.9 and `weight_decay = λ` as the plain reference).
  struct Trace {
    let adamL2: [Double]
    let adamW: [Double]
    let sgd: [Double]
  }

  let fits: [Fit]
  let trace: Trace
  /// Unpenalized least squares on the training set, and its test MSE.
  let leastSquaresTestError: Double

  /// The fits the claim is checked on.
  var checkedFits: [Fit] { fits.filter { $0.lambda >= Self.checkedFrom * (1 - 1e-12) } }
}
