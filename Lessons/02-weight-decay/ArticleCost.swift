import Regularization

/// The cost of seeds 001 and 004 for a linear model `f(x) = wᵀx + b`, and its gradient.
///
///     C(w, b) = C₀(w, b) + λ/(2n)·Σ_j w_j²,      C₀ = 1/(2n)·‖y − Xw − b‖²
///     ∂C/∂w = ∂C₀/∂w + (λ/n)·w,                   ∂C₀/∂w = −Xᵀr/n,   r = y − Xw − b
///     ∂C/∂b = ∂C₀/∂b = −Σ_i r_i/n                  (the penalty does not contain b)
///
/// The penalty is the library's `L2Penalty` with weight `λ/n`, which is `(λ/n)/2·‖w‖²`,
/// applied to the weights only. Parameters travel as one vector `θ = (w₁, …, w_p, b)`,
/// the bias last, which is what finite differences and gradient descent take.
struct ArticleCost {
  let data: Dataset
  /// The articles' `λ`.
  let lambda: Double
  /// `(λ/n)/2·‖w‖²`: the articles' `λ/(2n)·Σw²`.
  let penalty: L2Penalty

  init(data: Dataset, lambda: Double) throws(RegularizationError) {
    self.data = data
    self.lambda = lambda
    penalty = try L2Penalty(lambda: lambda / Double(data.sampleCount))
  }

  /// `n`, the number of samples.
  var n: Double { Double(data.sampleCount) }

  /// `λ/n`, the coefficient of `w` in the gradient, and PyTorch's `weight_decay`.
  var weightDecay: Double { penalty.lambda }

  /// The weights of `θ` (all but the last entry).
  func weights(_ theta: [Double]) -> [Double] { Array(theta.dropLast()) }

  /// The residual `r = y − Xw − b`.
  func residual(_ theta: [Double]) -> [Double] {
    let b = theta[theta.count - 1]
    let predictions = data.features.multiplied(by: weights(theta))
    return data.targets.indices.map { data.targets[$0] - predictions[$0] - b }
  }

  /// `C₀ = 1/(2n)·‖r‖²`.
  func dataCost(_ theta: [Double]) -> Double { squaredNorm(residual(theta)) / (2 * n) }

  /// `λ/(2n)·Σw²`.
  func penaltyValue(_ theta: [Double]) -> Double { penalty.value(weights(theta)) }

  /// `C = C₀ + λ/(2n)·Σw²`.
  func value(_ theta: [Double]) -> Double { dataCost(theta) + penaltyValue(theta) }

  /// `∇C₀ = (−Xᵀr/n, −Σr/n)`.
  func dataGradient(_ theta: [Double]) -> [Double] {
    let r = residual(theta)
    return scaled(data.features.transposeMultiplied(by: r), by: -1 / n) + [-r.reduce(0, +) / n]
  }

  /// The penalty's gradient `((λ/n)·w, 0)`: exactly 0 in the bias.
  func penaltyGradient(_ theta: [Double]) -> [Double] {
    let split = penalty.gradient(
      weights: weights(theta), bias: theta[theta.count - 1], coverage: .weightsOnly)
    return split.weights + [split.bias]
  }

  /// `∇C = ∇C₀ + ((λ/n)·w, 0)`.
  func gradient(_ theta: [Double]) -> [Double] {
    adding(dataGradient(theta), penaltyGradient(theta))
  }
}
