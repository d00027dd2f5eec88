/// Dropout: each unit of a layer is kept with probability `1 − q` and zeroed with
/// probability `q`, independently per unit and per sample, during training only.
///
///     inverted (PyTorch's `nn.Dropout`):  training  h̃_j = m_j·h_j / (1 − q)   evaluation  h̃_j = h_j
///     classic (Srivastava et al.):        training  h̃_j = m_j·h_j               evaluation  h̃_j = (1 − q)·h_j
///
/// with `m_j ~ Bernoulli(1 − q)`. Both forms make the evaluation output the expected
/// training output: `E[m_j/(1 − q)]·h_j = h_j` and `E[m_j]·h_j = (1 − q)·h_j`. The classic
/// paper states its evaluation rule as "multiply the outgoing weights by 1 − q"; since
/// `W·((1 − q)·h) = ((1 − q)·W)·h` that is the same as scaling the activations, which is
/// what `evaluationScale` does. Inverted dropout moves the factor into training, so the
/// network at test time is the plain one.
///
/// Reference: N. Srivastava, G. Hinton, A. Krizhevsky, I. Sutskever, R. Salakhutdinov,
/// "Dropout: a simple way to prevent neural networks from overfitting", JMLR 15, 2014, §4;
/// PyTorch documentation, `torch.nn.Dropout` ("scaled by a factor of 1/(1−p)").
public struct Dropout: Equatable, Sendable {
  /// Where the factor `1/(1 − q)` goes.
  public enum Form: String, Equatable, Sendable {
    /// Kept units are scaled by `1/(1 − q)` in training; evaluation is the identity.
    case inverted
    /// No scaling in training; activations (equivalently the outgoing weights) are scaled
    /// by `1 − q` at evaluation.
    case classic
  }

  /// Training (random masks) or evaluation (deterministic).
  public enum Mode: String, Equatable, Sendable {
    case training
    case evaluation
  }

  /// The drop rate `q ∈ [0, 1)`: the probability that a unit is zeroed.
  public let rate: Double
  /// Inverted or classic.
  public let form: Form

  /// Checks and stores a drop rate.
  ///
  /// - Throws: `.invalidParameter` if `rate` is not in `[0, 1)`: at `q = 1` every unit is
  ///   dropped, nothing reaches the next layer and the inverted scale `1/(1 − q)` is
  ///   infinite.
  public init(rate: Double, form: Form = .inverted) throws(RegularizationError) {
    guard rate >= 0, rate < 1 else {
      throw .invalidParameter(
        name: "dropout rate q", value: rate,
        requirement: "in [0, 1) (q is the probability of dropping a unit; at q = 1 nothing is kept)"
      )
    }
    self.rate = rate
    self.form = form
  }

  /// The probability `1 − q` that a unit is kept.
  public var keepProbability: Double { 1 - rate }

  /// The factor a kept unit is multiplied by in training: `1/(1 − q)` (inverted) or 1.
  public var trainingScale: Double { form == .inverted ? 1 / keepProbability : 1 }

  /// The factor every unit is multiplied by at evaluation: 1 (inverted) or `1 − q`.
  public var evaluationScale: Double { form == .inverted ? 1 : keepProbability }

  /// A training mask of `count` multipliers, each `trainingScale` with probability `1 − q`
  /// and 0 otherwise, drawn in order from `generator` (one `uniform()` per entry; none when
  /// `q = 0`, so the identity consumes no randomness).
  public func mask(count: Int, using generator: inout some SeededGenerator) -> [Double] {
    precondition(count >= 0, "count must be >= 0, got \(count)")
    let scale = trainingScale
    guard rate > 0 else { return [Double](repeating: scale, count: count) }
    var multipliers = [Double](repeating: 0, count: count)
    for j in 0..<count where generator.uniform() >= rate { multipliers[j] = scale }
    return multipliers
  }

  /// The layer's output for activations `h`: `mask ⊙ h` in training (a fresh mask from
  /// `generator`), `evaluationScale · h` in evaluation (the generator is not touched).
  public func apply(
    _ activations: [Double], mode: Mode, using generator: inout some SeededGenerator
  ) -> [Double] {
    switch mode {
    case .training:
      let m = mask(count: activations.count, using: &generator)
      return activations.indices.map { m[$0] * activations[$0] }
    case .evaluation:
      let scale = evaluationScale
      return activations.map { scale * $0 }
    }
  }
}
