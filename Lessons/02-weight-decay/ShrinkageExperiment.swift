import Regularization

/// Ridge in the eigenbasis of `X_cᵀX_c`: each direction's least-squares coordinate is
/// multiplied by `d_j/(d_j + λ)`.
///
/// With X and y centered (the unpenalized bias is `ȳ − x̄ᵀw` and drops out) and
/// `X_cᵀX_c = V·diag(d)·Vᵀ`, the minimizer of `1/(2n)‖y_c − X_c w‖² + λ/(2n)‖w‖²` is
///
///     w(λ) = (X_cᵀX_c + λI)⁻¹X_cᵀy_c = V·diag(1/(d_j + λ))·Vᵀ X_cᵀy_c
///     z_j(λ) = v_jᵀw(λ) = d_j/(d_j + λ) · z_j(0),   z_j(0) = v_jᵀX_cᵀy_c / d_j
///
/// `w(λ)` itself comes from `RidgeRegression` (Cholesky on the normal equations), not from
/// the eigenvectors, so the check compares two independent computations.
struct ShrinkageExperiment {
  /// The λ grid of the figures: 10⁻² … 10⁴, 13 points a decade.
  static let lambdas = logSpace(from: 1e-2, to: 1e4, count: 79)

  let data: Dataset
  /// The lesson's λ (the same as in the derivation).
  let lambda: Double
  /// `X_cᵀX_c = V·diag(d)·Vᵀ`, eigenvalues descending.
  let eigen: SymmetricEigen
  /// `z_j(0)`: the least-squares solution in the eigenbasis.
  let leastSquares: [Double]
  /// Ridge's coefficients at every λ of the grid (original features).
  var path: [RidgeFit]
  /// Ridge at the lesson's λ.
  var atLambda: RidgeFit

  init(data: Dataset, lambda: Double) throws {
    self.data = data
    self.lambda = lambda
    let centered = try Centering(fitting: data).centered(data)
    let eigen = try SymmetricEigen(centered.features.gram())
    let correlations = centered.features.transposeMultiplied(by: centered.targets)
    self.eigen = eigen
    leastSquares = eigen.values.indices.map { j in
      dot(eigen.vector(j), correlations) / eigen.values[j]
    }
    path = try Self.lambdas.map { alpha throws(RegularizationError) in
      try RidgeRegression(alpha: alpha).fit(features: data.features, targets: data.targets)
    }
    atLambda = try RidgeRegression(alpha: lambda).fit(
      features: data.features, targets: data.targets)
  }

  /// The eigenvalues `d_j` of `X_cᵀX_c`.
  var eigenvalues: [Double] { eigen.values }

  /// `d_j/(d_j + λ)` for every direction.
  func factors(at lambda: Double) -> [Double] { eigen.values.map { $0 / ($0 + lambda) } }

  /// The ridge solution's coordinates `z_j = v_jᵀw` in the eigenbasis.
  func coordinates(of fit: RidgeFit) -> [Double] {
    eigen.values.indices.map { dot(eigen.vector($0), fit.coefficients) }
  }

  /// The measured factors `z_j(λ)/z_j(0)`.
  func measuredFactors(of fit: RidgeFit) -> [Double] {
    zip(coordinates(of: fit), leastSquares).map { $0 / $1 }
  }

  /// `max_j |z_j(λ) − d_j/(d_j + λ)·z_j(0)| / ‖z(0)‖` at one λ.
  func error(of fit: RidgeFit, at lambda: Double) -> Double {
    let predicted = zip(factors(at: lambda), leastSquares).map { $0 * $1 }
    return maxAbsDifference(coordinates(of: fit), predicted) / euclideanNorm(leastSquares)
  }

  /// The largest such error over the lesson's λ and the whole grid.
  var largestError: Double {
    let onGrid = zip(path, Self.lambdas).map { error(of: $0, at: $1) }
    return max(error(of: atLambda, at: lambda), onGrid.max() ?? .nan)
  }
}
