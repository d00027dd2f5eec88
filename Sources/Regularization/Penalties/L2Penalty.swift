/// The ridge penalty in the weight-decay convention, `λ/2·‖w‖²`.
///
///     P(w) = (λ/2)·Σ_j w_j²
///     ∇P(w) = λ·w
///     prox_{ηP}(v) = v / (1 + ηλ)
///
/// The ½ makes the gradient `λw`, which is exactly what PyTorch's `weight_decay = λ` adds
/// to the gradient, and a gradient step is the decay `w ← (1 − ηλ)·w − η·∇C₀` (lesson 2).
/// Other conventions map onto it: the articles' `λ/(2n)·Σw²` is this with `λ/n`;
/// scikit-learn's Ridge `α‖w‖²` (no ½) is this with `λ = 2α`; `L + λ·Σw²` is this with `2λ`.
/// It shrinks every weight in proportion and never makes one exactly 0.
public struct L2Penalty: Penalty, Equatable {
  /// The penalty weight `λ ≥ 0`.
  public let lambda: Double

  /// An L2 penalty `λ/2·‖w‖²`; `lambda` must be finite and `>= 0`.
  public init(lambda: Double) throws(RegularizationError) {
    guard lambda >= 0 else { throw .negativePenalty(lambda) }
    guard lambda.isFinite else { throw .nonFinite(what: "the penalty weight lambda") }
    self.lambda = lambda
  }

  public var name: String { "L2 (λ = \(lambda))" }

  public func value(_ weights: [Double]) -> Double { 0.5 * lambda * squaredNorm(weights) }

  public func gradient(_ weights: [Double]) -> [Double] { scaled(weights, by: lambda) }

  public func proximal(_ point: [Double], stepSize: Double) -> [Double] {
    precondition(stepSize >= 0, "the step size must be >= 0, got \(stepSize)")
    return scaled(point, by: 1 / (1 + stepSize * lambda))
  }
}
