import Foundation

/// The part of Adam that Adam and AdamW share: the moment estimates and the step they give,
/// as PyTorch 2.x's `torch.optim.Adam` and `AdamW` document them.
///
///     m_t ← β₁·m_{t−1} + (1 − β₁)·g_t
///     v_t ← β₂·v_{t−1} + (1 − β₂)·g_t²
///     m̂_t ← m_t/(1 − β₁ᵗ)
///     amsgrad:  v_t^max ← max(v_{t−1}^max, v_t),  v̂_t ← v_t^max/(1 − β₂ᵗ)
///     else:     v̂_t ← v_t/(1 − β₂ᵗ)
///     θ_t ← θ_t − γ·m̂_t/(√v̂_t + ε)
///
/// ε is added outside the square root. With amsgrad the running maximum is taken of the
/// raw v_t and bias-corrected afterwards, as PyTorch 2.x computes it
/// (`torch.maximum(max_exp_avg_sqs, exp_avg_sq)`, then `/ bias_correction2`); taking the
/// maximum of the corrected v̂ instead, as some versions of the algorithm box wrote it,
/// gives different steps, because 1 − β₂ᵗ grows with t.
public struct AdamMoments: Equatable, Sendable {
  /// β₁ and β₂ in [0, 1).
  public let beta1: Double
  public let beta2: Double
  /// ε ≥ 0, added to √v̂.
  public let epsilon: Double
  /// Whether the denominator uses the running maximum of v.
  public let amsgrad: Bool
  /// t, the number of steps taken (all groups step together).
  public private(set) var stepCount = 0
  /// m, v and v^max of each group; empty before the first step (v^max stays empty
  /// without amsgrad).
  public private(set) var first: [[Double]] = []
  public private(set) var second: [[Double]] = []
  public private(set) var largestSecond: [[Double]] = []

  /// Checks β₁, β₂ and ε and starts with no moments.
  ///
  /// - Throws: `.invalidParameter` naming `betas.0`, `betas.1` or `epsilon` if a β is
  ///   outside [0, 1) or ε is not a finite number ≥ 0.
  init(betas: (Double, Double), epsilon: Double, amsgrad: Bool) throws(RegularizationError) {
    try OptimizerCheck.beta(betas.0, name: "betas.0")
    try OptimizerCheck.beta(betas.1, name: "betas.1")
    try OptimizerCheck.nonNegative(epsilon, name: "epsilon")
    (beta1, beta2) = betas
    self.epsilon = epsilon
    self.amsgrad = amsgrad
  }

  /// Starts step t + 1 for `groups` groups of the given sizes.
  mutating func begin(sizes: [Int]) {
    if stepCount == 0 {
      first = sizes.map { [Double](repeating: 0, count: $0) }
      second = first
      if amsgrad { largestSecond = first }
    }
    stepCount += 1
  }

  /// Updates group k's moments with its gradient `g` (decay already applied as the optimizer
  /// does it) and takes the step `θ ← θ − γ·m̂/(√v̂ + ε)` on `parameters`.
  mutating func step(
    _ parameters: inout [Double], gradient g: [Double], group k: Int, learningRate: Double
  ) {
    OptimizerCheck.sameSize(first[k], parameters, group: k)
    let t = Double(stepCount)
    let correction1 = 1 - pow(beta1, t)
    let correction2 = 1 - pow(beta2, t)
    // Take the group's state out of the arrays so that it is updated in place, not copied.
    var m = first[k]
    var v = second[k]
    var vMax = amsgrad ? largestSecond[k] : []
    first[k] = []
    second[k] = []
    if amsgrad { largestSecond[k] = [] }
    for j in parameters.indices {
      m[j] = beta1 * m[j] + (1 - beta1) * g[j]
      v[j] = beta2 * v[j] + (1 - beta2) * g[j] * g[j]
      var denominator = v[j]
      if amsgrad {
        vMax[j] = max(vMax[j], v[j])
        denominator = vMax[j]
      }
      let mHat = m[j] / correction1
      let vHat = denominator / correction2
      parameters[j] -= learningRate * mHat / (vHat.squareRoot() + epsilon)
    }
    first[k] = m
    second[k] = v
    if amsgrad { largestSecond[k] = vMax }
  }
}
