/// The mean squared error of the linear model `f(x) = wᵀx + b`, as PyTorch's `nn.MSELoss()`
/// computes it (mean of r², no ½), evaluated through the Gram matrix of `A = [X, 1]`.
///
///     L(θ) = (1/n)·‖Aθ − y‖²,          θ = (w₁ … w_p, b)
///     ∇L(θ) = (2/n)·(AᵀA·θ − Aᵀy)
///
/// With `G = AᵀA` and `Aᵀy` formed once, a full-batch gradient costs (p + 1)² multiply-adds
/// instead of 2·n·(p + 1), which is what lets lessons run thousands of optimizer steps.
/// With the weight decay `λ` on w only, the minimizer of `L + (λ/2)‖w‖²` is scikit-learn's
/// `Ridge(alpha = nλ/2)` with an intercept (multiply the objective by n).
public struct LinearMSE: Equatable, Sendable {
  /// `AᵀA`, (p + 1) × (p + 1), the last row and column for the intercept.
  public let gram: Matrix
  /// `Aᵀy`.
  public let moment: [Double]
  /// `yᵀy`.
  public let targetSquares: Double
  /// `n`.
  public let sampleCount: Int

  /// Forms the Gram matrix of `[features, 1]`.
  ///
  /// - Throws: `.dimensionMismatch` if `targets` does not have one entry per row,
  ///   `.tooFewSamples` for no rows.
  public init(features: Matrix, targets: [Double]) throws(RegularizationError) {
    guard targets.count == features.rows else {
      throw .dimensionMismatch(what: "targets", expected: features.rows, actual: targets.count)
    }
    guard features.rows >= 1 else { throw .tooFewSamples(actual: features.rows, minimum: 1) }
    let rows = (0..<features.rows).map { features.row($0) + [1] }
    let design = try Matrix(rowArrays: rows)
    gram = design.gram()
    moment = design.transposeMultiplied(by: targets)
    targetSquares = squaredNorm(targets)
    sampleCount = features.rows
  }

  /// The number of parameters, p + 1 (the weights, then the intercept).
  public var parameterCount: Int { gram.rows }

  /// `L(θ) = (θᵀGθ − 2θᵀAᵀy + yᵀy)/n`.
  public func value(_ theta: [Double]) -> Double {
    (dot(theta, gram.multiplied(by: theta)) - 2 * dot(theta, moment) + targetSquares)
      / Double(sampleCount)
  }

  /// `∇L(θ) = (2/n)·(Gθ − Aᵀy)`.
  public func gradient(_ theta: [Double]) -> [Double] {
    precondition(theta.count == parameterCount, "θ needs \(parameterCount) entries")
    let scale = 2 / Double(sampleCount)
    var g = gram.multiplied(by: theta)
    for i in g.indices { g[i] = scale * (g[i] - moment[i]) }
    return g
  }

  /// The gradient in the two parameter groups `[w, [b]]`, with no concatenated θ formed
  /// (this is the inner loop of thousands of optimizer steps).
  public func gradients(_ groups: [[Double]]) -> [[Double]] {
    precondition(
      groups.count == 2 && groups[1].count == 1 && groups[0].count == parameterCount - 1,
      "LinearMSE has the groups [w (\(parameterCount - 1)), [b]]")
    let p = parameterCount - 1
    let scale = 2 / Double(sampleCount)
    let b = groups[1][0]
    var w = [Double](repeating: 0, count: p)
    var gb = 0.0
    gram.elements.withUnsafeBufferPointer { gram in
      groups[0].withUnsafeBufferPointer { theta in
        for i in 0...p {
          let row = i * (p + 1)
          var sum = gram[row + p] * b
          for j in 0..<p { sum += gram[row + j] * theta[j] }
          let value = scale * (sum - moment[i])
          if i < p { w[i] = value } else { gb = value }
        }
      }
    }
    return [w, [gb]]
  }
}
