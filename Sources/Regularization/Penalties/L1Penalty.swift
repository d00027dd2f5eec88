/// The lasso penalty `λ‖w‖₁`.
///
///     P(w) = λ·Σ_j |w_j|
///     ∂P/∂w_j = λ·sign(w_j)                 (sign(0) = 0, see below)
///     prox_{ηP}(v)_j = S_{ηλ}(v_j) = sign(v_j)·max(|v_j| − ηλ, 0)
///
/// `|w_j|` has no derivative at 0; its subdifferential there is `[−λ, λ]`. `gradient`
/// returns 0 for `w_j = 0`, the choice of `torch.sign`: it is a valid subgradient, but
/// subgradient descent with it still never lands on 0 exactly (lesson 10). The proximal
/// map does: every `v_j` in `[−ηλ, ηλ]` becomes exactly 0.
public struct L1Penalty: Penalty, Equatable {
  /// The penalty weight `λ ≥ 0`.
  public let lambda: Double

  /// An L1 penalty; `lambda` must be finite and `>= 0`.
  public init(lambda: Double) throws(RegularizationError) {
    guard lambda >= 0 else { throw .negativePenalty(lambda) }
    guard lambda.isFinite else { throw .nonFinite(what: "the penalty weight lambda") }
    self.lambda = lambda
  }

  public var name: String { "L1 (λ = \(lambda))" }

  public func value(_ weights: [Double]) -> Double { lambda * l1Norm(weights) }

  public func gradient(_ weights: [Double]) -> [Double] { weights.map { lambda * sign($0) } }

  public func proximal(_ point: [Double], stepSize: Double) -> [Double] {
    precondition(stepSize >= 0, "the step size must be >= 0, got \(stepSize)")
    let threshold = stepSize * lambda
    return point.map { softThreshold($0, by: threshold) }
  }
}
