import Regularization

/// Seed 000 §2.1's snippet, reproduced:
///
///     X = np.random.rand(100, 10); y = np.random.rand(100)
///     Lasso(alpha=0.1).fit(X, y).coef_
///
/// y has no relation to X, so every correlation `x_jᵀ(y − ȳ)/n` is small, α_max (the
/// largest of them) is far below 0.1, and every coefficient is exactly zero.
struct ArticleSnippet {
  static let samples = 100
  static let features = 10
  static let alpha = 0.1

  /// X and y, each entry uniform on [0, 1).
  let data: Dataset
  /// scikit-learn's defaults: intercept fitted, tol 1e-4, 1000 sweeps at most.
  let fit: ElasticNetFit
  /// `max_j |x_jᵀ(y − ȳ)|/n`, the smallest α that zeroes every coefficient.
  let alphaMax: Double
  /// Seed 000 §2.2's `Ridge(alpha=0.1)` on the same data: `‖y − Xw − b‖² + 0.1·‖w‖²`.
  let ridge: RidgeFit

  init(seed: UInt64) throws {
    var generator = Xoshiro256StarStar(seed: seed)
    let x = try Matrix(
      rows: Self.samples, columns: Self.features,
      elements: generator.uniforms(count: Self.samples * Self.features))
    data = try Dataset(features: x, targets: generator.uniforms(count: Self.samples))
    fit = try Lasso(alpha: Self.alpha).fit(features: x, targets: data.targets)
    alphaMax = try AlphaGrid.alphaMax(features: x, targets: data.targets)
    ridge = try RidgeRegression(alpha: Self.alpha).fit(features: x, targets: data.targets)
  }
}
