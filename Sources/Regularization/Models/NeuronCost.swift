import Foundation

/// The two costs a sigmoid neuron is trained on in lesson 5, for one sample `(x, y)`, with
/// their exact gradients in `(w, b)`.
///
///     quadratic:      C = ½(a − y)²                        ∂C/∂w = (a − y)·σ′(z)·x
///                                                          ∂C/∂b = (a − y)·σ′(z)
///     cross-entropy:  C = −[y·ln a + (1 − y)·ln(1 − a)]    ∂C/∂w = (a − y)·x
///                                                          ∂C/∂b = a − y
///
/// with `z = w·x + b` and `a = σ(z)`. Both follow from the chain rule
/// `∂C/∂w = ∂C/∂a · σ′(z) · x`: for the quadratic cost `∂C/∂a = a − y`, so the factor
/// `σ′(z) = a(1 − a) ≤ 1/4` stays and makes a saturated neuron (a near 0 or 1) learn
/// slowly; for cross-entropy `∂C/∂a = (a − y)/(a(1 − a))`, which cancels `σ′(z)` exactly.
///
/// Reference: M. Nielsen, *Neural Networks and Deep Learning*, ch. 3, eqs. (55)–(61).
public enum NeuronCost: String, CaseIterable, Sendable {
  /// `½(a − y)²`, the mean squared error of one sample with the customary ½.
  case quadratic
  /// Binary cross-entropy `−[y·ln a + (1 − y)·ln(1 − a)]`.
  case crossEntropy

  /// A short label for tables and legends.
  public var name: String {
    switch self {
    case .quadratic: "quadratic (MSE)"
    case .crossEntropy: "cross-entropy"
    }
  }

  /// The cost of `neuron` on the sample `(x, y)`.
  ///
  /// Cross-entropy is computed from the logit, `max(z, 0) − z·y + ln(1 + e^(−|z|))`
  /// (`BCEWithLogitsLoss`), so it stays finite and exact where `σ(z)` rounds to 0 or 1.
  public func value(of neuron: SigmoidNeuron, x: Double, y: Double) -> Double {
    switch self {
    case .quadratic:
      let error = neuron.output(x) - y
      return 0.5 * error * error
    case .crossEntropy:
      return BCEWithLogitsLoss().value(prediction: neuron.preactivation(x), target: y)
    }
  }

  /// The exact gradient `(∂C/∂w, ∂C/∂b)` of the cost of `neuron` on `(x, y)`.
  public func gradient(of neuron: SigmoidNeuron, x: Double, y: Double) -> NeuronGradient {
    let z = neuron.preactivation(x)
    let error = sigmoid(z) - y
    switch self {
    case .quadratic:
      let delta = error * sigmoidDerivative(z)
      return NeuronGradient(weight: delta * x, bias: delta)
    case .crossEntropy:
      return NeuronGradient(weight: error * x, bias: error)
    }
  }
}

/// The gradient of a cost in a sigmoid neuron's two parameters.
public struct NeuronGradient: Equatable, Sendable {
  /// `∂C/∂w`.
  public var weight: Double
  /// `∂C/∂b`.
  public var bias: Double

  public init(weight: Double, bias: Double) {
    self.weight = weight
    self.bias = bias
  }
}
