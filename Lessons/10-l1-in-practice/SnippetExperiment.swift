import Regularization

/// Claim (d): seed 004's PyTorch snippet, run as written, and the objective it minimizes.
///
/// The snippet: `nn.Linear(10, 1)`, `nn.MSELoss()`, `optim.SGD(lr=0.01)`,
/// `l1_lambda = l2_lambda = 0.01`, and the loss
///
///     MSE + l1_lambda·Σ_param torch.norm(param, 1) + l2_lambda·Σ_param torch.norm(param, 2)
///
/// over `model.parameters()`, i.e. the weight vector and the bias. It leaves `num_epochs`
/// and `data_loader` open: here the loader yields the whole training set as one batch
/// (so SGD is gradient descent and its end point is a minimizer, not a noisy sample
/// around one), for `epochs` epochs. The layer starts as PyTorch initializes it:
/// weights and bias U(−1/√10, 1/√10). Data: 10 independent standard-normal features,
/// 5 informative weights ±U(1, 2), intercept 5, noise σ = 1, n = 100.
///
/// Three objectives, each minimized exactly by another solver:
/// - the snippet's, `MSE + λ₁(‖w‖₁ + |b|) + λ₂(‖w‖₂ + |b|)` (FISTA on θ = (w, b));
/// - the one the article meant (its §一 squares the weights, its §三 leaves b out):
///   `MSE + λ₁‖w‖₁ + λ₂‖w‖²`, b free (coordinate descent, as scikit-learn's ElasticNet
///   with α = λ₁/2 + λ₂, ρ = (λ₁/2)/α: the MSE has no ½);
/// - the snippet's with the bias left out, `MSE + λ₁‖w‖₁ + λ₂‖w‖₂` (FISTA), the failing
///   input of the claim.
struct SnippetExperiment {
  static let samples = 100
  static let features = 10
  static let informative = 5
  static let noise = 1.0
  static let intercept = 5.0
  static let learningRate = 0.01
  static let l1Lambda = 0.01
  static let l2Lambda = 0.01
  static let epochs = 2000
  static let solverIterations = 2000

  /// The snippet's data set for a seed (shared with `NormPenaltyExperiment`).
  static func data(seed: UInt64) throws -> SyntheticRegression {
    var generator = Xoshiro256StarStar(seed: seed)
    return try makeAutoregressiveRegression(
      samples: samples, features: features, correlation: 0, informative: informative,
      noise: noise, bias: intercept, using: &generator)
  }

  let truth: SyntheticRegression
  /// `θ = (w, b)` after the snippet's training loop.
  let trained: [Double]
  /// The minimizer of the snippet's objective; `var` so that a test can feed another.
  var snippetMinimizer: [Double]
  let meantMinimizer: [Double]
  let biasExcludedMinimizer: [Double]
  /// The snippet's penalty over the parameter tensors (w: 10 entries, b: 1).
  let penalty: ParameterNormsPenalty

  init(seed: UInt64, epochs: Int = epochs) throws {
    truth = try Self.data(seed: seed)
    let x = truth.dataset.features
    let y = truth.dataset.targets
    let p = Self.features
    penalty = try ParameterNormsPenalty(
      l1: Self.l1Lambda, l2: Self.l2Lambda, groupSizes: [p, 1])
    // nn.Linear(10, 1)'s initialization, from its own stream.
    var initialization = Xoshiro256StarStar(seed: seed ^ 0x5EED_0004)
    let bound = 1 / Double(p).squareRoot()
    var theta = (0...p).map { _ in initialization.uniform(in: -bound..<bound) }
    var optimizer = try SGD(learningRate: Self.learningRate)
    for _ in 0..<epochs {
      let gradient = Self.snippetGradient(theta, features: x, targets: y, penalty: penalty)
      optimizer.step(&theta, gradient: gradient)
    }
    trained = theta

    // The snippet's objective is 2·(1/(2n)‖y − [X 1]θ‖² + P(θ)/2).
    let solver = try ProximalGradient(.fista, iterations: Self.solverIterations)
    let withBias = try GramLeastSquares.withBiasColumn(features: x, targets: y)
    snippetMinimizer = try solver.minimize(
      withBias,
      penalty: ParameterNormsPenalty(
        l1: Self.l1Lambda / 2, l2: Self.l2Lambda / 2, groupSizes: [p, 1])
    ).coefficients
    let alpha = Self.l1Lambda / 2 + Self.l2Lambda
    let meant = try ElasticNet(
      alpha: alpha, l1Ratio: Self.l1Lambda / 2 / alpha, tolerance: 1e-13,
      maxIterations: 100_000
    ).fit(features: x, targets: y)
    meantMinimizer = meant.coefficients + [meant.intercept]
    let centered = try GramLeastSquares(features: x, targets: y)
    let free = try solver.minimize(
      centered,
      penalty: ParameterNormsPenalty(l1: Self.l1Lambda / 2, l2: Self.l2Lambda / 2, groupSizes: [p])
    )
    biasExcludedMinimizer = free.coefficients + [free.intercept]
  }

  /// What `loss.backward()` computes for the snippet's loss at `θ = (w, b)`: the MSE
  /// gradient `(2/n)·[X 1]ᵀ(ŷ − y)` plus the penalty's (PyTorch's subgradients at 0).
  static func snippetGradient(
    _ theta: [Double], features: Matrix, targets: [Double], penalty: ParameterNormsPenalty
  ) -> [Double] {
    let p = features.columns
    let w = Array(theta[0..<p])
    let predictions = features.multiplied(by: w).map { $0 + theta[p] }
    let outer = MSELoss().meanGradient(predictions: predictions, targets: targets)
    let data = features.transposeMultiplied(by: outer) + [outer.reduce(0, +)]
    return adding(data, penalty.gradient(theta))
  }

  /// The snippet's objective `MSE + P(θ)` at `θ`.
  func snippetObjective(_ theta: [Double]) -> Double {
    mse(theta) + penalty.value(theta)
  }

  /// The training MSE of `θ = (w, b)`.
  func mse(_ theta: [Double]) -> Double {
    MSELoss().meanValue(predictions: predictions(theta), targets: truth.dataset.targets)
  }

  /// The mean training residual `mean(y − ŷ)` of `θ`.
  func meanResidual(_ theta: [Double]) -> Double {
    mean(subtracting(truth.dataset.targets, predictions(theta)))
  }

  /// `ŷ = X·w + b` on the training rows.
  func predictions(_ theta: [Double]) -> [Double] {
    let w = Self.weights(theta)
    return truth.dataset.features.multiplied(by: w).map { $0 + Self.bias(theta) }
  }

  /// The bias, the last entry of `θ`.
  static func bias(_ theta: [Double]) -> Double { theta[theta.count - 1] }
  /// The weights, all but the last entry of `θ`.
  static func weights(_ theta: [Double]) -> [Double] { Array(theta.dropLast()) }
}
