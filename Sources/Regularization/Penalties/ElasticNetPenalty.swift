/// The elastic net penalty in scikit-learn's form, with strength `α` and mix `ρ` (`l1_ratio`).
///
///     P(w) = α·ρ·‖w‖₁ + α·(1 − ρ)/2·‖w‖²
///     ∂P/∂w_j = α·ρ·sign(w_j) + α·(1 − ρ)·w_j          (sign(0) = 0, as in `L1Penalty`)
///     prox_{ηP}(v)_j = S_{ηαρ}(v_j) / (1 + ηα(1 − ρ))
///
/// `ρ = 1` is the lasso `α‖w‖₁` and `ρ = 0` the ridge `α/2·‖w‖²`. In between it keeps the
/// exact zeros of L1 and the grouping of L2: strongly correlated features share weight
/// instead of one being picked (lesson 8). The proximal map soft-thresholds first and then
/// shrinks, because the L2 part scales the whole separable one-dimensional problem.
public struct ElasticNetPenalty: Penalty, Equatable {
  /// The overall strength `α ≥ 0`.
  public let alpha: Double
  /// The share `ρ ∈ [0, 1]` of the L1 part (scikit-learn's `l1_ratio`).
  public let l1Ratio: Double

  /// An elastic net penalty; `alpha` must be finite and `>= 0`, `l1Ratio` in `[0, 1]`.
  public init(alpha: Double, l1Ratio: Double) throws(RegularizationError) {
    guard alpha >= 0 else { throw .negativePenalty(alpha) }
    guard alpha.isFinite else { throw .nonFinite(what: "the penalty weight alpha") }
    guard (0...1).contains(l1Ratio) else {
      throw .invalidParameter(name: "l1Ratio", value: l1Ratio, requirement: "in [0, 1]")
    }
    self.alpha = alpha
    self.l1Ratio = l1Ratio
  }

  public var name: String { "Elastic net (α = \(alpha), ρ = \(l1Ratio))" }

  public func value(_ weights: [Double]) -> Double {
    alpha * l1Ratio * l1Norm(weights) + 0.5 * alpha * (1 - l1Ratio) * squaredNorm(weights)
  }

  public func gradient(_ weights: [Double]) -> [Double] {
    weights.map { alpha * l1Ratio * sign($0) + alpha * (1 - l1Ratio) * $0 }
  }

  public func proximal(_ point: [Double], stepSize: Double) -> [Double] {
    precondition(stepSize >= 0, "the step size must be >= 0, got \(stepSize)")
    let threshold = stepSize * alpha * l1Ratio
    let shrink = 1 / (1 + stepSize * alpha * (1 - l1Ratio))
    return point.map { softThreshold($0, by: threshold) * shrink }
  }
}
