/// The least-squares loss of scikit-learn's linear models in Gram form: the smooth part
/// that the first-order solvers of lesson 10 (ISTA, FISTA, subgradient descent, truncated
/// gradient) share.
///
///     f(w) = 1/(2n)·‖y_c − X_c·w‖² = ½·wᵀG·w − cᵀw + ½·‖y_c‖²/n
///     ∇f(w) = G·w − c,   G = X_cᵀX_c/n,   c = X_cᵀy_c/n
///     L = λ_max(G)       the Lipschitz constant of ∇f: ‖∇f(u) − ∇f(v)‖ ≤ L‖u − v‖
///
/// With an intercept, `X` and `y` are centered first (see `CenteredDesign`), so the
/// unpenalized intercept is `b = ȳ − x̄ᵀw`; without one, `X_c = X` and `y_c = y`. One
/// evaluation costs O(p²) instead of O(np). `L` comes from the eigenvalues of `G`
/// (`SymmetricEigen`), so the step `1/L` is the largest one the rate bounds of ISTA and
/// FISTA allow.
///
/// The Gram form loses about `u·‖y_c‖²/n` (u ≈ 1.1e-16) to cancellation in `f`, so
/// objective gaps below about 1e-14 relative to `‖y_c‖²/n` are rounding, not progress.
public struct GramLeastSquares: Sendable {
  /// `n`, the number of samples.
  public let rows: Int
  /// `p`, the number of coefficients.
  public let columns: Int
  /// `G = X_cᵀX_c/n`.
  public let gram: Matrix
  /// `c = X_cᵀy_c/n`, the correlations of the features with the targets.
  public let correlations: [Double]
  /// `½·‖y_c‖²/n`, the loss at `w = 0`.
  public let halfTargetEnergy: Double
  /// The eigenvalues of `G`, in descending order.
  public let eigenvalues: [Double]
  /// `L = λ_max(G)`.
  public var lipschitz: Double { eigenvalues.first ?? 0 }
  let featureMeans: [Double]
  let targetMean: Double

  /// Prepares the loss of `features` (n × p) and `targets` (n).
  ///
  /// - Throws: the input errors of `ElasticNet.fit` (`.dimensionMismatch`,
  ///   `.tooFewSamples`, `.nonFinite`).
  public init(
    features: Matrix, targets: [Double], fitIntercept: Bool = true
  ) throws(RegularizationError) {
    let design = try CenteredDesign(
      features: features, targets: targets, fitIntercept: fitIntercept)
    let n = design.rows
    let p = design.columns
    var gram = Matrix(rows: p, columns: p)
    design.columnMajor.withUnsafeBufferPointer { x in
      for j in 0..<p {
        for k in j..<p {
          let value = columnDot(x, j * n, x, k * n, count: n) / Double(n)
          gram[j, k] = value
          gram[k, j] = value
        }
      }
    }
    rows = n
    columns = p
    self.gram = gram
    correlations = design.correlations(with: design.targets).map { $0 / Double(n) }
    halfTargetEnergy = squaredNorm(design.targets) / (2 * Double(n))
    eigenvalues = try SymmetricEigen(gram).values
    featureMeans = design.featureMeans
    targetMean = design.targetMean
  }

  /// `f(w)`.
  public func value(_ w: [Double]) -> Double {
    value(w, product: gram.multiplied(by: w))
  }

  /// `∇f(w) = G·w − c`.
  public func gradient(_ w: [Double]) -> [Double] {
    subtracting(gram.multiplied(by: w), correlations)
  }

  /// `f(w)` from `G·w` already computed: `½·wᵀ(G·w) − cᵀw + ½‖y_c‖²/n`.
  func value(_ w: [Double], product: [Double]) -> Double {
    0.5 * dot(w, product) - dot(correlations, w) + halfTargetEnergy
  }

  /// The intercept `b = ȳ − x̄ᵀw` that goes with `w` (0 without an intercept).
  public func intercept(for w: [Double]) -> Double {
    targetMean - dot(featureMeans, w)
  }
}
