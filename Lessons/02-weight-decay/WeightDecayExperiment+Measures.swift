import Regularization

extension WeightDecayExperiment {
  /// `1 − ηλ/n`, the factor every weight is multiplied by before the gradient step.
  var decayFactor: Double { 1 - learningRate * cost.weightDecay }

  /// The relative error of the analytic gradient against central differences.
  var gradientError: Double {
    FiniteDifference.relativeError(analyticGradient, numericGradient)
  }

  /// The relative error of `(λ/n)·w` against central differences of the penalty alone.
  var penaltyGradientError: Double {
    FiniteDifference.relativeError(cost.penaltyGradient(start), numericPenaltyGradient)
  }

  /// `max_t max_j |θ_t − θ'_t|` between two trajectories.
  static func largestDifference(_ a: [[Double]], _ b: [[Double]]) -> Double {
    zip(a, b).map { maxAbsDifference($0, $1) }.max() ?? .nan
  }

  /// The number of steps (of 1000) at which two trajectories are bit-for-bit equal.
  static func identicalSteps(_ a: [[Double]], _ b: [[Double]]) -> Int {
    zip(a, b).count(where: { $0 == $1 })
  }

  /// The gradient form against the decay form.
  var formDifference: Double { Self.largestDifference(gradientForm, decayForm) }

  /// The gradient form against PyTorch's SGD.
  var pytorchDifference: Double { Self.largestDifference(gradientForm, pytorchForm) }

  /// The closed form `(w*, b*)` as one vector.
  var ridgeSolution: [Double] { ridge.coefficients + [ridge.intercept] }

  /// `max_j |θ₁₀₀₀ − θ*|` for the gradient form.
  var distanceToRidge: Double {
    maxAbsDifference(gradientForm[Self.steps], ridgeSolution)
  }

  /// `‖θ₀ − θ*‖·(1 − μ/L)^1000`: the distance gradient descent is guaranteed to be within.
  var predictedDistance: Double {
    let mu = hessianEigenvalues[hessianEigenvalues.count - 1]
    let rate = 1 - mu * learningRate
    var bound = euclideanNorm(subtracting(start, ridgeSolution))
    for _ in 0..<Self.steps { bound *= rate }
    return bound
  }
}
