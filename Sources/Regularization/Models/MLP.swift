import Foundation

/// A small multilayer perceptron: fully connected layers of the given widths, a ReLU or
/// tanh after every hidden layer, and a sigmoid or identity output.
///
///     a⁰ = x,   zˡ = Wˡ·aˡ⁻¹ + bˡ,   aˡ = φ(zˡ) (hidden),   ŷ = ψ(z^L) (output)
///
/// Every weight and bias lives in one contiguous `parameters` array, layer after layer,
/// each layer's `Wˡ` (row-major, `widths[l+1] × widths[l]`) followed by its `bˡ`. An
/// optimizer then steps one flat vector, and a training step on a few hundred points costs
/// a few loops over that array (`MLP+Backpropagation.swift`).
///
/// The loss follows from the output: a sigmoid output is trained with binary cross-entropy
/// on the logit z^L (PyTorch's `BCEWithLogitsLoss`), an identity output with the mean
/// squared error (PyTorch's `MSELoss`, no ½). Both are means over samples and outputs.
public struct MLP: Equatable, Sendable {
  /// The nonlinearity φ after each hidden layer.
  public enum HiddenActivation: String, Equatable, Sendable {
    /// `max(z, 0)`; its derivative is taken as 0 at z = 0, as PyTorch does.
    case relu
    /// `tanh z`, derivative `1 − tanh² z`.
    case tanh
  }

  /// The output ψ, which also fixes the loss.
  public enum OutputActivation: String, Equatable, Sendable {
    /// `σ(z)`, a probability; the loss is binary cross-entropy on the logit.
    case sigmoid
    /// `z` itself; the loss is the mean squared error.
    case identity
  }

  /// The layer widths, input first: `[2, 32, 1]` is a 2-32-1 network.
  public let widths: [Int]
  public let hiddenActivation: HiddenActivation
  public let outputActivation: OutputActivation
  /// Every weight and bias, layer by layer: `W⁰, b⁰, W¹, b¹, …`.
  public var parameters: [Double]

  /// A network with PyTorch's default `nn.Linear` initialization: every weight and bias of
  /// a layer with `k` inputs drawn from `U(−1/√k, 1/√k)`, layer by layer, weights before
  /// biases, from `generator`.
  ///
  /// - Throws: `.invalidParameter` if there are fewer than two widths or a width is < 1.
  public init(
    widths: [Int], hiddenActivation: HiddenActivation = .relu,
    outputActivation: OutputActivation = .sigmoid, using generator: inout some SeededGenerator
  ) throws(RegularizationError) {
    try Self.check(widths)
    var parameters: [Double] = []
    for l in 0..<(widths.count - 1) {
      let bound = 1 / Double(widths[l]).squareRoot()
      for _ in 0..<(widths[l] * widths[l + 1] + widths[l + 1]) {
        parameters.append(generator.uniform(in: -bound..<bound))
      }
    }
    self.widths = widths
    self.hiddenActivation = hiddenActivation
    self.outputActivation = outputActivation
    self.parameters = parameters
  }

  /// A network with the given parameters, laid out as `parameters` documents.
  ///
  /// - Throws: `.invalidParameter` for bad widths, `.dimensionMismatch` if `parameters`
  ///   does not have `parameterCount` entries.
  public init(
    widths: [Int], hiddenActivation: HiddenActivation = .relu,
    outputActivation: OutputActivation = .sigmoid, parameters: [Double]
  ) throws(RegularizationError) {
    try Self.check(widths)
    let count = Self.parameterCount(widths)
    guard parameters.count == count else {
      throw .dimensionMismatch(
        what: "number of MLP parameters", expected: count, actual: parameters.count)
    }
    self.widths = widths
    self.hiddenActivation = hiddenActivation
    self.outputActivation = outputActivation
    self.parameters = parameters
  }

  /// The number of weight layers, `widths.count − 1`.
  public var layerCount: Int { widths.count - 1 }

  /// The number of inputs, `widths[0]`.
  public var inputWidth: Int { widths[0] }

  /// The number of outputs, the last width.
  public var outputWidth: Int { widths[widths.count - 1] }

  /// Σ_l (widths[l]·widths[l+1] + widths[l+1]): 129 for a 2-32-1 network.
  public var parameterCount: Int { Self.parameterCount(widths) }

  /// Where layer `l`'s weights `Wˡ` start in `parameters`; its biases follow them.
  public func weightOffset(layer l: Int) -> Int {
    var offset = 0
    for k in 0..<l { offset += widths[k] * widths[k + 1] + widths[k + 1] }
    return offset
  }

  /// Where layer `l`'s biases `bˡ` start in `parameters`.
  public func biasOffset(layer l: Int) -> Int { weightOffset(layer: l) + widths[l] * widths[l + 1] }

  /// The indices of every weight (no bias), for a penalty that covers weights only.
  public var weightIndices: [Int] {
    (0..<layerCount).flatMap { l in
      Array(weightOffset(layer: l)..<biasOffset(layer: l))
    }
  }

  static func parameterCount(_ widths: [Int]) -> Int {
    (0..<(widths.count - 1)).reduce(0) { $0 + widths[$1] * widths[$1 + 1] + widths[$1 + 1] }
  }

  static func check(_ widths: [Int]) throws(RegularizationError) {
    guard widths.count >= 2 else {
      throw .invalidParameter(
        name: "number of MLP widths", value: Double(widths.count),
        requirement: ">= 2 (input and output)")
    }
    for width in widths where width < 1 {
      throw .invalidParameter(name: "MLP layer width", value: Double(width), requirement: ">= 1")
    }
  }
}
