/// A single sigmoid neuron with one input: a weight, a bias and the logistic output.
///
///     z = w·x + b,   a = σ(z) = 1/(1 + e^(−z))
///
/// The smallest network in which the learning slowdown of a saturated sigmoid shows
/// (lesson 5, after M. Nielsen, *Neural Networks and Deep Learning*, ch. 3, the two
/// starts w = 0.6, b = 0.9 and w = b = 2 with x = 1, y = 0).
public struct SigmoidNeuron: Equatable, Sendable {
  /// The weight `w`.
  public var weight: Double
  /// The bias `b`.
  public var bias: Double

  /// A neuron with the given weight and bias.
  ///
  /// - Throws: `.nonFinite` if either is NaN or infinite.
  public init(weight: Double, bias: Double) throws(RegularizationError) {
    guard weight.isFinite else { throw .nonFinite(what: "the neuron's weight") }
    guard bias.isFinite else { throw .nonFinite(what: "the neuron's bias") }
    self.weight = weight
    self.bias = bias
  }

  /// The weighted input `z = w·x + b`.
  public func preactivation(_ x: Double) -> Double { weight * x + bias }

  /// The output `a = σ(w·x + b)`, computed without overflow for any `z` (see `sigmoid`).
  public func output(_ x: Double) -> Double { sigmoid(preactivation(x)) }
}
