import Foundation
import LessonKit
import Regularization

/// Claims (a)–(c) of lesson 9, each computed from its experiment's numbers.
struct OptimizerDecayClaims {
  let coupled: CoupledDecayExperiment
  let zeroGradient: ZeroGradientExperiment
  let comparison: RidgeComparison

  var all: [Claim] { [sgdIsPenalty, decayPerStep, ridgeOrNot] }

  /// (a) bound: the two SGD runs do the same floating-point operations, so any difference
  /// at all is a different objective.
  static let sameTrajectoryBound = 1e-12

  /// (a) SGD's weight_decay = λ is the penalty (λ/2)‖w‖² on the loss, step for step.
  var sgdIsPenalty: Claim {
    Claim.atMost(
      "a",
      "SGD (momentum 0.9) with weight_decay = λ on the loss L and SGD without it on "
        + "L + (λ/2)‖w‖² follow the same trajectory.",
      quantity: "max over \(CoupledDecayExperiment.steps) steps of |θ − θ′|",
      value: coupled.sgdDifference, bound: Self.sameTrajectoryBound)
  }
}
