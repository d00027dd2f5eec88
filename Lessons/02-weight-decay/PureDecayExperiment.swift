import Foundation
import Regularization

/// C₀ ≡ 0: nothing but the decay. PyTorch's SGD with `weight_decay = λ/n` and a zero data
/// gradient, for three λ, from the w₀ of θ₀; and the articles' decay-then-step form.
///
///     w_t = (1 − ηλ/n)^t · w₀,   so   ‖w_t‖ = (1 − ηλ/n)^t · ‖w₀‖
struct PureDecayExperiment {
  static let learningRate = 0.1
  static let samples = Double(CollinearData.samples)
  /// ηλ/n = 0.001, 0.004 and 0.01.
  static let lambdas = [0.5, 2.0, 5.0]
  static let steps = 1000

  /// One λ's run.
  struct Run {
    let lambda: Double
    /// `1 − ηλ/n`.
    let factor: Double
    /// ‖w_t‖ for t = 0 … 1000, measured on SGD's iterates.
    let norms: [Double]
    /// (1 − ηλ/n)^t·‖w₀‖.
    let theory: [Double]
    /// max_t |‖w_t‖ − theory_t|/theory_t for SGD and for decay-then-step.
    let sgdError: Double
    let decayError: Double
  }

  let start: [Double]
  let runs: [Run]

  /// Runs every λ from the weights `start`.
  init(start: [Double]) throws {
    self.start = start
    runs = try Self.lambdas.map { lambda throws(RegularizationError) in
      try Self.run(lambda: lambda, from: start)
    }
  }

  static func run(lambda: Double, from start: [Double]) throws(RegularizationError) -> Run {
    let weightDecay = lambda / samples
    var sgd = try SGD(learningRate: learningRate, weightDecays: [weightDecay])
    var decay = try DecayThenStep(learningRate: learningRate, weightDecays: [weightDecay])
    let zero = [Double](repeating: 0, count: start.count)
    var w = start
    var v = start
    let initial = euclideanNorm(start)
    var norms = [initial]
    var theory = [initial]
    var sgdError = 0.0
    var decayError = 0.0
    for t in 1...steps {
      sgd.step(&w, gradient: zero)
      decay.step(&v, gradient: zero)
      let expected = pow(decay.factors[0], Double(t)) * initial
      norms.append(euclideanNorm(w))
      theory.append(expected)
      sgdError = max(sgdError, abs(euclideanNorm(w) - expected) / expected)
      decayError = max(decayError, abs(euclideanNorm(v) - expected) / expected)
    }
    return Run(
      lambda: lambda, factor: decay.factors[0], norms: norms, theory: theory, sgdError: sgdError,
      decayError: decayError)
  }

  /// The largest relative error over every λ, step and form.
  var largestError: Double { runs.map { max($0.sgdError, $0.decayError) }.max() ?? .nan }
}
