import Regularization

/// The derivation of seeds 001/004, checked step by step on `CollinearData`.
///
/// At a random point θ₀ = (w, b) it compares the analytic gradient of `C` with central
/// finite differences; from θ₀ it runs 1000 gradient steps three ways (the gradient of
/// the penalized cost; decay then step; PyTorch's SGD with `weight_decay = λ/n` and a
/// no-decay group for the bias) and compares the end with the closed-form ridge solution.
struct WeightDecayExperiment {
  /// The articles' `λ`; with n = 50, `λ/n = 0.1`.
  static let lambda = 5.0
  static let steps = 1000

  // Some fields are `var` so that the tests can hand the claims a wrong input.
  let data: Dataset
  let cost: ArticleCost
  /// θ₀: every weight and the bias drawn from N(0, 1).
  let start: [Double]
  /// `∇C(θ₀)` from the formula, and from central differences of `C`.
  var analyticGradient: [Double]
  let numericGradient: [Double]
  /// Central differences of the penalty alone, `λ/(2n)·Σw²`, at θ₀.
  let numericPenaltyGradient: [Double]
  /// The eigenvalues of the Hessian of `C` in θ, descending: `L` first, `μ` last.
  let hessianEigenvalues: [Double]
  /// `η = 1/L`, the largest step that is safe for every direction with room to spare.
  let learningRate: Double
  /// θ₀ … θ₁₀₀₀ by `θ ← θ − η·∇C(θ)`.
  var gradientForm: [[Double]]
  /// θ₀ … θ₁₀₀₀ by `w ← (1 − ηλ/n)·w − η·∂C₀/∂w`, `b ← 1·b − η·∂C₀/∂b`.
  var decayForm: [[Double]]
  /// θ₀ … θ₁₀₀₀ by `SGD(weightDecays: [λ/n, 0])` over the groups [w, [b]].
  let pytorchForm: [[Double]]
  /// scikit-learn's `Ridge(alpha = λ)`, the closed form of `argmin C`.
  let ridge: RidgeFit

  init(seed: UInt64) throws {
    var generator = Xoshiro256StarStar(seed: seed)
    data = try CollinearData.draw(using: &generator)
    cost = try ArticleCost(data: data, lambda: Self.lambda)
    start = generator.normals(count: CollinearData.features + 1)

    let difference = try FiniteDifference()
    analyticGradient = cost.gradient(start)
    numericGradient = difference.gradient(of: cost.value, at: start)
    numericPenaltyGradient = difference.gradient(of: cost.penaltyValue, at: start)

    hessianEigenvalues = try SymmetricEigen(Self.hessian(of: cost)).values
    learningRate = 1 / hessianEigenvalues[0]
    gradientForm = try GradientDescent(learningRate: learningRate, steps: Self.steps)
      .trajectory(from: start, gradient: cost.gradient)
    decayForm = try Self.decayThenStep(cost, from: start, learningRate: learningRate)
    pytorchForm = try Self.pytorchSGD(cost, from: start, learningRate: learningRate)
    ridge = try RidgeRegression(alpha: Self.lambda).fit(
      features: data.features, targets: data.targets)
  }

  /// The Hessian of `C` in θ = (w, b), constant because `C` is quadratic:
  ///
  ///     H = (1/n)·[XᵀX + λI, Xᵀ1; 1ᵀX, n] = (1/n)·AᵀA + diag(λ/n, …, λ/n, 0),  A = [X, 1]
  static func hessian(of cost: ArticleCost) throws(RegularizationError) -> Matrix {
    let x = cost.data.features
    let rows = (0..<x.rows).map { x.row($0) + [1] }
    var h = try Matrix(rowArrays: rows).gram()
    h.elements = scaled(h.elements, by: 1 / cost.n)
    for j in 0..<x.columns { h[j, j] += cost.weightDecay }
    return h
  }

  /// The articles' form: the weights decay by `1 − ηλ/n`, the bias by exactly 1.
  static func decayThenStep(
    _ cost: ArticleCost, from start: [Double], learningRate: Double
  ) throws(RegularizationError) -> [[Double]] {
    var optimizer = try DecayThenStep(
      learningRate: learningRate, weightDecays: [cost.weightDecay, 0])
    return run(cost, from: start, with: &optimizer)
  }

  /// PyTorch's form: two parameter groups, the weights with `weight_decay = λ/n`, the bias
  /// with none, each stepping on the gradient of `C₀` alone.
  static func pytorchSGD(
    _ cost: ArticleCost, from start: [Double], learningRate: Double
  ) throws(RegularizationError) -> [[Double]] {
    var optimizer = try SGD(learningRate: learningRate, weightDecays: [cost.weightDecay, 0])
    return run(cost, from: start, with: &optimizer)
  }

  /// `[θ₀, θ₁, …, θ_steps]` for an optimizer over the groups (w, b), stepping on `∇C₀`.
  static func run(
    _ cost: ArticleCost, from start: [Double], with optimizer: inout some Optimizer
  ) -> [[Double]] {
    run(from: start) { theta in
      let g = cost.dataGradient(theta)
      var groups = [cost.weights(theta), [theta[theta.count - 1]]]
      optimizer.step(&groups, gradients: [cost.weights(g), [g[g.count - 1]]])
      theta = groups[0] + groups[1]
    }
  }

  /// `[θ₀, θ₁, …, θ_steps]` for an update applied `steps` times.
  static func run(from start: [Double], update: (inout [Double]) -> Void) -> [[Double]] {
    var theta = start
    var points = [theta]
    for _ in 0..<steps {
      update(&theta)
      points.append(theta)
    }
    return points
  }
}
