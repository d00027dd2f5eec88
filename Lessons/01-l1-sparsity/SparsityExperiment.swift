import Regularization

/// The informative experiment: Lasso and Ridge paths on one data set and one α grid.
///
/// Data: `makeRegression` with n = 100, p = 20, 5 informative features, noise σ = 1.
/// Lasso: scikit-learn's objective `1/(2n)‖y − Xw‖² + α‖w‖₁` on scikit-learn's grid
/// (100 values from α_max down to 1e-3·α_max), warm-started, solved to tol 1e-10
/// (see `pathTolerance`).
/// Ridge: the same grid in the same scaling, `1/(2n)‖y − Xw‖² + (α/2)‖w‖²`, which is
/// scikit-learn's `Ridge(alpha = n·α)`, solved in closed form.
struct SparsityExperiment {
  static let samples = 100
  static let features = 20
  static let informative = 5
  static let noise = 1.0
  /// How far below α_max the "just below" fit sits: α = (1 − 1e-6)·α_max.
  static let belowFactor = 1 - 1e-6
  /// The tolerance of the "just below" fit: at (1 − 1e-6)·α_max the all-zero vector's
  /// relative gap is already about ½·(1e-6)², so any looser tolerance accepts it as is.
  static let tightTolerance = 1e-13

  /// The path's duality-gap tolerance, relative to ‖y − ȳ‖² as in scikit-learn. Tighter
  /// than scikit-learn's default 1e-4 on purpose: here ‖y − ȳ‖²/n is about 10⁴ (signal)
  /// while the noise contributes σ²/2 = 0.5 to the objective, so at 1e-4 the solver may
  /// stop (gap ≤ 1e-4·‖y − ȳ‖²/n ≈ 1) before the noise features have entered.
  static let pathTolerance = 1e-10

  let truth: SyntheticRegression
  let alphas: [Double]
  let lasso: ElasticNetPath
  let ridge: [RidgeFit]
  /// A cold fit at exactly α_max.
  let atAlphaMax: ElasticNetFit
  /// A cold fit at (1 − 1e-6)·α_max, tol 1e-13.
  let justBelow: ElasticNetFit
  /// `argmax_j |x_jᵀ(y − ȳ)|`, the feature that attains α_max.
  let leadingFeature: Int
  /// The KKT check of every Lasso solution on the path.
  let optimality: [OptimalityReport]
  /// The same Lasso path at scikit-learn's default tolerance 1e-4, for comparison.
  let defaultTolerancePath: ElasticNetPath

  init(seed: UInt64) throws {
    var generator = Xoshiro256StarStar(seed: seed)
    truth = try makeRegression(
      samples: Self.samples, features: Self.features, informative: Self.informative,
      noise: Self.noise, using: &generator)
    let x = truth.dataset.features
    let y = truth.dataset.targets
    lasso = try ElasticNetPath(features: x, targets: y, l1Ratio: 1, tolerance: Self.pathTolerance)
    alphas = lasso.alphas
    let n = Double(Self.samples)
    ridge = try alphas.map { alpha throws(RegularizationError) in
      try RidgeRegression(alpha: n * alpha).fit(features: x, targets: y)
    }
    atAlphaMax = try Lasso(alpha: alphas[0]).fit(features: x, targets: y)
    justBelow = try Lasso(alpha: Self.belowFactor * alphas[0], tolerance: Self.tightTolerance)
      .fit(features: x, targets: y)
    defaultTolerancePath = try ElasticNetPath(features: x, targets: y, l1Ratio: 1)
    leadingFeature = try AlphaGrid.leadingFeature(features: x, targets: y)
    optimality = try zip(alphas, lasso.fits).map { alpha, fit throws(RegularizationError) in
      try Lasso(alpha: alpha, tolerance: Self.pathTolerance).elasticNet
        .optimality(of: fit, features: x, targets: y)
    }
  }

  /// ‖y − ȳ‖²/n, the scale scikit-learn's relative tolerance multiplies.
  var targetVariance: Double {
    let y = truth.dataset.targets
    let center = mean(y)
    return squaredNorm(y.map { $0 - center }) / Double(y.count)
  }

  /// α_max, the top of the grid.
  var alphaMax: Double { alphas[0] }

  /// The indices of the informative features.
  var trueSupport: Set<Int> { Set(truth.informativeFeatures) }

  /// The indices of the non-zero Lasso coefficients at grid point `k`.
  func lassoSupport(at k: Int) -> Set<Int> {
    Set(lasso.fits[k].coefficients.indices.filter { lasso.fits[k].coefficients[$0] != 0 })
  }

  /// The smallest |w_j| a lasso can be expected to tell from noise with n samples of
  /// unit-variance features: five standard errors of a least-squares coefficient,
  /// `5σ/√n` (0.5 here).
  var detectionFloor: Double { 5 * Self.noise / Double(Self.samples).squareRoot() }

  /// The informative features whose true |w_j| reaches the detection floor.
  var detectableSupport: Set<Int> {
    trueSupport.filter { abs(truth.coefficients[$0]) >= detectionFloor }
  }

  /// The grid points at which the Lasso selects every detectable informative feature and
  /// no uninformative one: `detectable ⊆ support ⊆ true support`. When every true
  /// coefficient is detectable (almost every seed) this is exact support recovery.
  var recoveryIndices: [Int] {
    alphas.indices.filter { k in
      let support = lassoSupport(at: k)
      return detectableSupport.isSubset(of: support) && support.isSubset(of: trueSupport)
    }
  }

  /// The "moderate α": the grid point in the middle of the recovery range (geometric
  /// middle, since the grid is log-spaced), or nil if the range is empty.
  var moderateIndex: Int? {
    let indices = recoveryIndices
    return indices.isEmpty ? nil : indices[indices.count / 2]
  }

  /// The number of exact zeros of each Ridge solution on the path.
  var ridgeZeroCounts: [Int] { ridge.map { $0.coefficients.count(where: { $0 == 0 }) } }
}

/// Learners count features from 1: `x1 … x20`.
func featureName(_ index: Int) -> String { "x\(index + 1)" }
