/// Seed 003's elastic-net recipe for a linear model `f(x) = wᵀx + b`, as PyTorch runs it:
/// the loss is `nn.MSELoss()` (a mean, no ½) plus a hand-added L1 term over the weight
/// matrix only (`param.dim() > 1`), and the L2 part is the optimizer's `weight_decay`:
///
///     loss      L(w, b) = (1/n)·‖y − Xw − b‖² + λ₁·‖w‖₁
///     gradient  ∂L/∂w = −(2/n)·Xᵀr + λ₁·sign(w),   ∂L/∂b = −(2/n)·Σ r_i    (sign(0) = 0)
///     decay     the optimizer adds λ₂·θ to the gradient of each decayed group
///
/// So the recipe minimizes `L + (λ₂/2)·(‖w‖² + [b²])`, the bracket present when the bias
/// is decayed too (as `Adam(model.parameters(), weight_decay=λ₂)` does). With the bias
/// free this is twice scikit-learn's elastic net,
///
///     (1/n)‖r‖² + λ₁‖w‖₁ + (λ₂/2)‖w‖² = 2·[1/(2n)‖r‖² + αρ‖w‖₁ + α(1 − ρ)/2·‖w‖²]
///     ⇔ αρ = λ₁/2,  α(1 − ρ) = λ₂/2   ⇔  α = (λ₁ + λ₂)/2,  ρ = λ₁/(λ₁ + λ₂)
///
/// The gradient is computed from `XᵀX`, `Xᵀy` and the column sums, prepared once: the same
/// numbers as autograd's `Xᵀr`, in O(p²) per step instead of O(n·p).
///
/// Parameters are the two groups PyTorch would see, `[w, [b]]`; the optimizer is any
/// `Optimizer` over those two groups, whose per-group weight decays are the recipe's λ₂
/// (`[λ₂, 0]` leaves the bias free, `[λ₂, λ₂]` is `model.parameters()` as written).
public struct ElasticNetRecipe: Sendable {
  /// `λ₁`, the weight of the hand-added `Σ|w|`.
  public let l1Weight: Double
  /// The data's sufficient statistics.
  let gram: Matrix
  let correlations: [Double]
  let columnSums: [Double]
  let targetSum: Double
  let targetSquares: Double
  let rows: Int

  /// Prepares the recipe on a data set.
  ///
  /// - Throws: `.negativePenalty` for `λ₁ < 0` or NaN; `.dimensionMismatch` for sizes.
  public init(features: Matrix, targets: [Double], l1Weight: Double) throws(RegularizationError) {
    guard l1Weight >= 0, l1Weight.isFinite else { throw .negativePenalty(l1Weight) }
    guard targets.count == features.rows, features.rows >= 1 else {
      throw .dimensionMismatch(
        what: "number of targets", expected: features.rows, actual: targets.count)
    }
    let n = features.rows
    let p = features.columns
    var gram = Matrix(rows: p, columns: p)
    var correlations = [Double](repeating: 0, count: p)
    var columnSums = [Double](repeating: 0, count: p)
    for i in 0..<n {
      let row = features.row(i)
      for j in 0..<p {
        correlations[j] += row[j] * targets[i]
        columnSums[j] += row[j]
        for k in 0..<p { gram[j, k] += row[j] * row[k] }
      }
    }
    self.l1Weight = l1Weight
    self.gram = gram
    self.correlations = correlations
    self.columnSums = columnSums
    self.targetSum = targets.reduce(0, +)
    self.targetSquares = squaredNorm(targets)
    self.rows = n
  }

  /// `(1/n)·‖y − Xw − b‖²`, the `nn.MSELoss()` of `(w, b)`.
  public func meanSquaredError(weights w: [Double], bias b: Double) -> Double {
    let gw = gram.multiplied(by: w)
    let n = Double(rows)
    let squares =
      targetSquares - 2 * dot(correlations, w) - 2 * b * targetSum + dot(w, gw)
      + 2 * b * dot(columnSums, w) + n * b * b
    return squares / n
  }

  /// `(∂L/∂w, ∂L/∂b)` of the loss with its L1 term (without any decay).
  public func gradients(weights w: [Double], bias b: Double) -> [[Double]] {
    let n = Double(rows)
    let gw = gram.multiplied(by: w)
    // Xᵀr = Xᵀy − XᵀX·w − b·Xᵀ1,   Σr = Σy − (Xᵀ1)ᵀw − n·b
    let weights = w.indices.map { j in
      -2 / n * (correlations[j] - gw[j] - b * columnSums[j]) + l1Weight * sign(w[j])
    }
    let bias = -2 / n * (targetSum - dot(columnSums, w) - n * b)
    return [weights, [bias]]
  }

  /// Runs `steps` optimizer steps from `(w, b)`, recording scikit-learn's elastic-net
  /// objective `F` (see `ElasticNet.objective`) at `(α, ρ)` after every step.
  ///
  /// - Parameters:
  ///   - alpha, l1Ratio: The `(α, ρ)` at which to evaluate `F`.
  ///   - optimizer: Steps the groups `[w, [b]]` given the loss gradients.
  public func train(
    weights: [Double], bias: Double, steps: Int, alpha: Double, l1Ratio: Double,
    optimizer: inout some Optimizer
  ) -> RecipeRun {
    var parameters = [weights, [bias]]
    var objectives: [Double] = []
    objectives.reserveCapacity(steps)
    for _ in 0..<max(steps, 0) {
      let grads = gradients(weights: parameters[0], bias: parameters[1][0])
      optimizer.step(&parameters, gradients: grads)
      let w = parameters[0]
      objectives.append(
        meanSquaredError(weights: w, bias: parameters[1][0]) / 2 + alpha * l1Ratio * l1Norm(w)
          + alpha * (1 - l1Ratio) / 2 * squaredNorm(w))
    }
    return RecipeRun(weights: parameters[0], bias: parameters[1][0], objectives: objectives)
  }
}
