/// Ridge regression in scikit-learn's convention, solved in closed form.
///
///     minimize over w, b:   ‖y − X·w − b‖² + α·‖w‖²
///
/// Note: no 1/n and no ½. This is `sklearn.linear_model.Ridge`'s objective, and its `α`
/// is `n` times the `α` of `ElasticNet(l1Ratio: 0)`, whose loss carries 1/(2n) and whose
/// L2 term carries ½. (The articles' `C0 + λ/(2n)·Σw²` is yet another scaling: lessons
/// convert explicitly.)
///
/// By default the intercept is not penalized: `X` and `y` are centered, the centered problem
/// has the normal equations below, solved by a Cholesky factorization, and `b = ȳ − x̄ᵀw`.
///
///     (X_cᵀX_c + α·I)·w = X_cᵀy_c
///
/// With `penaltyCoverage: .weightsAndBias` the bias is penalized too (see
/// `RidgeRegression+PenalizedBias.swift`), which no library does by default and lesson 3
/// shows is a mistake; it is here to be measured.
///
/// - Complexity: O(n·p² + p³).
public struct RidgeRegression: Equatable, Sendable {
  /// The penalty strength `α ≥ 0`.
  public let alpha: Double
  /// Whether to fit an intercept `b`.
  public let fitIntercept: Bool
  /// Whether the penalty covers the intercept: `.weightsOnly` (the default, scikit-learn's
  /// behaviour: `b` is free, found by centering) or `.weightsAndBias` (`α·(‖w‖² + b²)`).
  /// Without an intercept there is no `b` to penalize, and both give the same fit.
  public let penaltyCoverage: PenaltyCoverage

  /// Checks and stores a configuration.
  ///
  /// - Throws: `.nonFinite` for a NaN or infinite `alpha`, `.negativePenalty` if `alpha < 0`.
  public init(
    alpha: Double, fitIntercept: Bool = true, penaltyCoverage: PenaltyCoverage = .weightsOnly
  ) throws(RegularizationError) {
    guard alpha.isFinite else { throw .nonFinite(what: "alpha") }
    guard alpha >= 0 else { throw .negativePenalty(alpha) }
    self.alpha = alpha
    self.fitIntercept = fitIntercept
    self.penaltyCoverage = penaltyCoverage
  }

  /// Fits the model to `features` (n × p) and `targets` (n).
  ///
  /// - Throws: `.dimensionMismatch` if the sizes disagree; `.tooFewSamples` if there are
  ///   no samples; `.nonFinite` for NaN or infinite input; `.notPositiveDefinite` if
  ///   `X_cᵀX_c + α·I` is singular, which happens only with `α = 0` and collinear or too
  ///   few samples (`p ≥ n`).
  public func fit(features: Matrix, targets: [Double]) throws(RegularizationError) -> RidgeFit {
    if fitIntercept && penaltyCoverage == .weightsAndBias {
      return try fitWithPenalizedBias(features: features, targets: targets)
    }
    let design = try CenteredDesign(
      features: features, targets: targets, fitIntercept: fitIntercept, minimumSamples: 1)
    let n = design.rows
    let p = design.columns
    var system = Matrix(rows: p, columns: p)
    design.columnMajor.withUnsafeBufferPointer { x in
      for j in 0..<p {
        for k in 0...j {
          let entry = columnDot(x, j * n, x, k * n, count: n)
          system[j, k] = entry
          system[k, j] = entry
        }
        system[j, j] += alpha
      }
    }
    let coefficients = try Cholesky(system).solve(design.correlations(with: design.targets))
    return RidgeFit(
      coefficients: coefficients,
      intercept: fitIntercept ? design.intercept(for: coefficients) : 0)
  }
}
