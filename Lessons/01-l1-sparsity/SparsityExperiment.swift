import Foundation
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

  // Stored as `var` so that the tests can hand the claims a wrong input (a perturbed
  // solution, another solver's path) and see them fail.
  let truth: SyntheticRegression
  let alphas: [Double]
  var lasso: ElasticNetPath
  var ridge: [RidgeFit]
  /// A cold fit at exactly α_max.
  var atAlphaMax: ElasticNetFit
  /// A cold fit at (1 − 1e-6)·α_max, tol 1e-13.
  var justBelow: ElasticNetFit
  /// `argmax_j |x_jᵀ(y − ȳ)|`, the feature that attains α_max.
  let leadingFeature: Int
  /// The KKT check of every Lasso solution on the path.
  var optimality: [OptimalityReport]
  /// The same Lasso path at scikit-learn's default tolerance 1e-4, for comparison.
  let defaultTolerancePath: ElasticNetPath
  /// The universal threshold `σ·√(2·ln p / n)`, chosen without looking at the support.
  let universalAlpha: Double
  /// The Lasso at the universal threshold, tol `pathTolerance`.
  var universalFit: ElasticNetFit

  /// - Parameter maxSweeps: The sweep limit of every path fit (scikit-learn's 1000); a
  ///   smaller one stops the solver early, which claim (b) must catch.
  init(seed: UInt64, maxSweeps: Int = 1000) throws {
    var generator = Xoshiro256StarStar(seed: seed)
    truth = try makeRegression(
      samples: Self.samples, features: Self.features, informative: Self.informative,
      noise: Self.noise, using: &generator)
    let x = truth.dataset.features
    let y = truth.dataset.targets
    lasso = try ElasticNetPath(
      features: x, targets: y, l1Ratio: 1, tolerance: Self.pathTolerance,
      maxIterations: maxSweeps)
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
    universalAlpha = Self.universalThreshold(
      noise: Self.noise, features: Self.features, samples: Self.samples)
    universalFit = try Lasso(alpha: universalAlpha, tolerance: Self.pathTolerance)
      .fit(features: x, targets: y)
  }

  /// The universal threshold of Donoho and Johnstone (1994), `σ·√(2·ln p / n)`: with
  /// features of unit variance, the largest |x_jᵀε|/n of pure noise ε stays below it with
  /// probability → 1 as p grows, so at this α the Lasso keeps out most noise features
  /// while keeping every weight clearly larger than the noise. It uses the noise level σ
  /// (known here, estimated in practice) and never the true support.
  static func universalThreshold(noise: Double, features: Int, samples: Int) -> Double {
    noise * (2 * log(Double(features)) / Double(samples)).squareRoot()
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

  /// The grid points whose Lasso support keeps every detectable feature (claim (d)'s
  /// condition along the path, drawn as a span in the figure).
  var keepingIndices: [Int] {
    alphas.indices.filter { detectableSupport.isSubset(of: lassoSupport(at: $0)) }
  }

  /// The indices of the non-zero coefficients of the universal-threshold fit.
  var universalSupport: Set<Int> { Set(nonZeroIndices(universalFit.coefficients)) }

  /// The largest relative duality gap on the path, `G / (tol·‖y − ȳ‖²/n)`: at most 1 when
  /// every solution met the solver's tolerance (scikit-learn's stopping rule, in the 1/(2n)
  /// objective's units), with the rounding of the recomputed gap allowed.
  var largestGapRatio: Double {
    let allowed = Self.pathTolerance * targetVariance
    return optimality.map { ($0.gap - $0.gapRoundoff) / allowed }.max() ?? .nan
  }

  /// The number of exact zeros of each Ridge solution on the path.
  var ridgeZeroCounts: [Int] { ridge.map { zeroCount($0.coefficients) } }
}

/// Learners count features from 1: `x1 … x20`.
func featureName(_ index: Int) -> String { "x\(index + 1)" }
