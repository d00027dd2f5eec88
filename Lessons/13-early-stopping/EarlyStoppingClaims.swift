import LessonKit
import Regularization

/// Claims (a)–(d) of lesson 13, each computed from the experiment's numbers.
struct EarlyStoppingClaims {
  let experiment: EarlyStoppingExperiment
  let path: GradientDescentRidgePath

  /// (d): the largest relative distance allowed for t ≥ 10 [numpy over 30 seeds: worst
  /// 0.28; the continuous-time bound is 0.298; λ = 2/(ηt) gives at least 0.48].
  static let closeness = 0.35

  var all: [Claim] { [restoresBest, stopsAfterPatience, beatsFullBudget, matchesRidge] }

  /// (a) The weights returned are those of the epoch with the lowest validation loss.
  var restoresBest: Claim {
    let statement =
      "The weights early stopping returns are those of the epoch with the lowest validation "
      + "loss among the epochs run."
    guard let low = experiment.history.lowestValidationEpoch else {
      return Claim("a", statement, measured: "no epoch was recorded", holds: false)
    }
    let distance = maxAbsDifference(
      experiment.returned.weights, experiment.history.models[low - 1].weights)
    let sameBias = experiment.returned.bias == experiment.history.models[low - 1].bias
    return Claim(
      "a", statement,
      measured:
        "lowest validation loss \(NumberFormat.scientific(experiment.history.validationLoss[low - 1])) "
        + "at epoch \(low) of \(experiment.history.epochCount); returned weights differ from "
        + "that epoch's by max |Δw| = \(NumberFormat.scientific(distance))",
      holds: distance == 0 && sameBias)
  }

  /// (b) Training stops exactly `patience` epochs after the best epoch.
  var stopsAfterPatience: Claim {
    let patience = EarlyStoppingExperiment.patience
    let run = experiment.history.epochCount
    let low = experiment.history.lowestValidationEpoch ?? 0
    return Claim(
      "b",
      "Training stops exactly patience = \(patience) epochs after the epoch with the lowest "
        + "validation loss (and before the budget of \(EarlyStoppingExperiment.budget)).",
      measured: "lowest validation loss at epoch \(low), last epoch run \(run): "
        + "\(run - low) epochs later",
      holds: run - low == patience && run < EarlyStoppingExperiment.budget)
  }

  /// (c) The early-stopped model beats the full-budget model on test loss.
  var beatsFullBudget: Claim {
    let early = experiment.testLoss(experiment.returned)
    let full = experiment.testLoss(experiment.fullModel)
    return Claim(
      "c",
      "The early-stopped model's test loss is below that of the same model trained for the "
        + "full budget of \(EarlyStoppingExperiment.budget) epochs.",
      measured: "test loss \(NumberFormat.readable(early)) early-stopped vs "
        + "\(NumberFormat.readable(full)) after the full budget (ratio "
        + "\(NumberFormat.readable(full / early)))",
      holds: early < full)
  }

  /// (d) Gradient descent after t steps is close to ridge at λ = 1/(η·t).
  var matchesRidge: Claim {
    let worst = path.worst
    let n = Double(experiment.training.sampleCount)
    return Claim(
      "d",
      "On f(w) = (1/2n)‖y − Xw‖², gradient descent from 0 with step η after t steps is close "
        + "to ridge on f + (λ/2)‖w‖² at λ = 1/(η·t) (scikit-learn's α = n/(η·t)): relative "
        + "distance ≤ \(NumberFormat.fixed(Self.closeness, 2)) for t ≥ "
        + "\(GradientDescentRidgePath.firstClaimedStep).",
      measured: "λ = \(NumberFormat.readable(path.lambdaScale, significant: 2))/(η·t), η = "
        + "\(NumberFormat.readable(path.learningRate)); largest ‖w_GD − w_ridge‖/‖w_ridge‖ = "
        + "\(NumberFormat.readable(worst.distance)) at t = \(worst.step) (λ = "
        + "\(NumberFormat.scientific(path.lambda(at: worst.step))), α = "
        + "\(NumberFormat.scientific(n * path.lambda(at: worst.step)))) over t = "
        + "\(GradientDescentRidgePath.firstClaimedStep)…\(GradientDescentRidgePath.steps)",
      holds: worst.distance <= Self.closeness)
  }
}
