import Foundation
import Regularization

/// Claim (b): with a zero data gradient, what each optimizer's weight decay does on its own.
///
/// One weight w₀ > 0, 1000 steps at seed 003's learning rate η = 0.001 with ∇L ≡ 0, for
/// Adam with coupled `weight_decay = λ` ("Adam-L2") and for AdamW with decoupled decay λ:
///
///     AdamW:    w_t = (1 − ηλ)^t · w₀
///     Adam-L2:  g = λw,  first step  η·λ|w₀|/(λ|w₀| + ε),  ≈ η whenever λ|w| ≫ ε
struct ZeroGradientExperiment {
  static let learningRate = 0.001
  static let steps = 1000
  /// The pair the claim compares, and the λ where λ|w₀| ≈ ε breaks Adam-L2's rule.
  static let lambdas = [0.1, 1e-4]
  static let breakingLambda = 1e-8
  /// seed 003's own `weight_decay = 0.01`.
  static let articleLambda = 0.01
  /// Every λ that is run, largest first: the pair, the article's, the breaking one.
  static let runLambdas = [lambdas[0], articleLambda, lambdas[1], breakingLambda]
  /// w₀ from 10⁻⁶ to 100; the figure and the breaking case use w₀ = 1.
  static let starts = [1e-6, 1e-3, 1, 10, 100]
  static let figureStart = 1.0

  /// One run: w₀ … w_steps.
  struct Run {
    let lambda: Double
    let start: Double
    let weights: [Double]

    var end: Double { weights[weights.count - 1] }
  }

  /// Every λ of `runLambdas` × every w₀, in that order.
  let adamL2: [Run]
  let adamW: [Run]
}

extension ZeroGradientExperiment {
  init() throws(RegularizationError) {
    var adamL2: [Run] = []
    var adamW: [Run] = []
    for lambda in Self.runLambdas {
      for start in Self.starts {
        let coupled = try Adam(learningRate: Self.learningRate, weightDecays: [lambda])
        let decoupled = try AdamW(learningRate: Self.learningRate, weightDecays: [lambda])
        adamL2.append(Run(lambda: lambda, start: start, weights: Self.weights(coupled, start)))
        adamW.append(Run(lambda: lambda, start: start, weights: Self.weights(decoupled, start)))
      }
    }
    self.init(adamL2: adamL2, adamW: adamW)
  }

  static func weights(_ optimizer: some Optimizer, _ start: Double) -> [Double] {
    var optimizer = optimizer
    var weights: [Double] = []
    _ = optimizer.minimize(from: [[start]], steps: steps, gradients: { _ in [[0]] }) {
      _, theta in weights.append(theta[0][0])
    }
    return weights
  }

  /// AdamW's theory after t steps, `(1 − ηλ)ᵗ`.
  static func decayFactor(lambda: Double, steps t: Int = steps) -> Double {
    pow(1 - learningRate * lambda, Double(t))
  }

  /// The run of `runs` at λ and w₀.
  static func run(_ runs: [Run], lambda: Double, start: Double) -> Run? {
    runs.first { $0.lambda == lambda && $0.start == start }
  }
}
