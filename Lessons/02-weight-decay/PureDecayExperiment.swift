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

  /// One λ's run (`var` fields, so that the tests can hand claim (c) another run).
  struct Run {
    var lambda: Double
    /// `1 − ηλ/n`, from the formula (not from the optimizer).
    var factor: Double
    /// ‖w_t‖ for t = 0 … 1000, measured on SGD's iterates.
    var norms: [Double]
    /// The same for decay-then-step.
    var decayNorms: [Double]
    /// (1 − ηλ/n)^t·‖w₀‖.
    var theory: [Double]

    /// max_t |‖w_t‖ − theory_t|/theory_t for SGD and for decay-then-step.
    var sgdError: Double { Self.largestRelativeError(norms, theory) }
    var decayError: Double { Self.largestRelativeError(decayNorms, theory) }

    static func largestRelativeError(_ measured: [Double], _ theory: [Double]) -> Double {
      zip(measured, theory).map { abs($0 - $1) / $1 }.max() ?? .nan
    }
  }

  let start: [Double]
  var runs: [Run]

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
    let factor = 1 - learningRate * lambda / samples
    var w = start
    var v = start
    let initial = euclideanNorm(start)
    var norms = [initial]
    var decayNorms = [initial]
    var theory = [initial]
    for t in 1...steps {
      sgd.step(&w, gradient: zero)
      decay.step(&v, gradient: zero)
      norms.append(euclideanNorm(w))
      decayNorms.append(euclideanNorm(v))
      theory.append(pow(factor, Double(t)) * initial)
    }
    return Run(
      lambda: lambda, factor: factor, norms: norms, decayNorms: decayNorms, theory: theory)
  }

  /// The largest relative error over every λ, step and form.
  var largestError: Double { runs.map { max($0.sgdError, $0.decayError) }.max() ?? .nan }
}
