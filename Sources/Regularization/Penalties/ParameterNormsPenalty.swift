/// The penalty a loop over a model's parameter tensors adds when it sums their norms:
/// `λ₁·Σ_g ‖θ_g‖₁ + λ₂·Σ_g ‖θ_g‖₂`, the groups `θ_g` being consecutive slices of one flat
/// parameter vector (for `nn.Linear(10, 1)`: the 10 weights, then the bias).
///
///     P(θ) = Σ_g (λ₁·‖θ_g‖₁ + λ₂·‖θ_g‖₂)           (the norms, not squared)
///     ∇P(θ)_g = λ₁·sign(θ_g) + λ₂·θ_g/‖θ_g‖₂       sign(0) = 0; the second term 0 at θ_g = 0
///     prox_{ηP}(v)_g = max(0, 1 − ηλ₂/‖u_g‖)·u_g,   u_g = S(v_g, ηλ₁)
///
/// This is what seed 004's snippet computes with `l1_reg += torch.norm(param, 1)` and
/// `l2_reg += torch.norm(param, 2)` over `model.parameters()`, times `l1_lambda` and
/// `l2_lambda`. For a one-element group (a bias) both norms are `|b|`. At `θ_g = 0` the
/// gradients are those of PyTorch's autograd: `sign(0) = 0`, and for the 2-norm the zero
/// vector, the centre of its subdifferential `{g : ‖g‖ ≤ λ₂}` (PyTorch's `norm_backward`
/// masks the 0/0 to 0) — never NaN.
///
/// The proximal map of the sum is the composition, soft-thresholding first, because the
/// group norm's shrink keeps every sign and zero of `u_g` (Friedman, Hastie and Tibshirani,
/// "A note on the group lasso and a sparse group lasso", 2010, arXiv:1001.0736; the
/// sparse-group lasso of Simon et al., JCGS 22(2), 2013).
public struct ParameterNormsPenalty: Penalty, Equatable {
  /// The weight `λ₁ ≥ 0` of the 1-norms.
  public let l1: Double
  /// The weight `λ₂ ≥ 0` of the 2-norms.
  public let l2: Double
  /// The sizes of the groups, in order; they add up to the length of `θ`.
  public let groupSizes: [Int]

  /// A penalty over groups of the given sizes (each `≥ 1`).
  ///
  /// - Throws: `.negativePenalty` or `.nonFinite` for a bad weight, `.invalidParameter`
  ///   for a group size below 1.
  public init(l1: Double, l2: Double, groupSizes: [Int]) throws(RegularizationError) {
    for lambda in [l1, l2] {
      guard lambda >= 0 else { throw .negativePenalty(lambda) }
      guard lambda.isFinite else { throw .nonFinite(what: "the penalty weights") }
    }
    for size in groupSizes where size < 1 {
      throw .invalidParameter(name: "a group size", value: Double(size), requirement: ">= 1")
    }
    self.l1 = l1
    self.l2 = l2
    self.groupSizes = groupSizes
  }

  public var name: String { "Σ parameter norms (λ₁ = \(l1), λ₂ = \(l2))" }

  public func value(_ weights: [Double]) -> Double {
    groups(of: weights).reduce(0) { total, range in
      let group = Array(weights[range])
      return total + l1 * l1Norm(group) + l2 * euclideanNorm(group)
    }
  }

  public func gradient(_ weights: [Double]) -> [Double] {
    var result = weights
    for range in groups(of: weights) {
      let norm = euclideanNorm(Array(weights[range]))
      for j in range {
        result[j] = l1 * sign(weights[j]) + (norm > 0 ? l2 * weights[j] / norm : 0)
      }
    }
    return result
  }

  public func proximal(_ point: [Double], stepSize: Double) -> [Double] {
    precondition(stepSize >= 0, "the step size must be >= 0, got \(stepSize)")
    var result = point.map { softThreshold($0, by: stepSize * l1) }
    for range in groups(of: point) {
      let norm = euclideanNorm(Array(result[range]))
      let factor = norm > stepSize * l2 ? 1 - stepSize * l2 / norm : 0
      for j in range { result[j] = factor == 0 ? 0 : factor * result[j] }
    }
    return result
  }

  /// The index ranges of the groups; their sizes must add up to `weights.count`.
  func groups(of weights: [Double]) -> [Range<Int>] {
    precondition(
      groupSizes.reduce(0, +) == weights.count,
      "the groups cover \(groupSizes.reduce(0, +)) parameters, got \(weights.count)")
    var start = 0
    return groupSizes.map { size in
      defer { start += size }
      return start..<(start + size)
    }
  }
}
