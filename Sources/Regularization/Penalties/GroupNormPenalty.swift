/// The Euclidean norm itself, not squared: `λ‖w‖₂` (the group lasso penalty of one group,
/// and what `λ·torch.norm(w, 2)` adds to a loss).
///
///     P(w) = λ·‖w‖₂ = λ·√(Σ_j w_j²)
///     ∇P(w) = λ·w/‖w‖₂            for w ≠ 0;   0 at w = 0 (see below)
///     prox_{ηP}(v) = max(0, 1 − ηλ/‖v‖₂)·v    (block soft thresholding; 0 when v = 0)
///
/// This is not weight decay. Its gradient has length λ wherever it is defined, however
/// small `w` is, and its proximal map sets the whole vector to exactly 0 once `‖v‖ ≤ ηλ`,
/// whereas `λ/2·‖w‖²` shrinks in proportion and never reaches 0 (lesson 10).
/// At `w = 0` the norm has no gradient: `w/‖w‖` is 0/0. Its subdifferential there is the
/// ball `{g : ‖g‖ ≤ λ}`; `gradient` returns its centre, the zero vector, never NaN.
public struct GroupNormPenalty: Penalty, Equatable {
  /// The penalty weight `λ ≥ 0`.
  public let lambda: Double

  /// A group norm penalty; `lambda` must be finite and `>= 0`.
  public init(lambda: Double) throws(RegularizationError) {
    guard lambda >= 0 else { throw .negativePenalty(lambda) }
    guard lambda.isFinite else { throw .nonFinite(what: "the penalty weight lambda") }
    self.lambda = lambda
  }

  public var name: String { "Group norm (λ = \(lambda))" }

  public func value(_ weights: [Double]) -> Double { lambda * euclideanNorm(weights) }

  public func gradient(_ weights: [Double]) -> [Double] {
    let norm = euclideanNorm(weights)
    guard norm > 0 else { return [Double](repeating: 0, count: weights.count) }
    return scaled(weights, by: lambda / norm)
  }

  public func proximal(_ point: [Double], stepSize: Double) -> [Double] {
    precondition(stepSize >= 0, "the step size must be >= 0, got \(stepSize)")
    let norm = euclideanNorm(point)
    guard norm > stepSize * lambda else { return [Double](repeating: 0, count: point.count) }
    return scaled(point, by: 1 - stepSize * lambda / norm)
  }
}
