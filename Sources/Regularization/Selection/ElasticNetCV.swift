/// k-fold cross-validation of the elastic net (the lasso for `ρ = 1`) along a path, as
/// scikit-learn's `LassoCV(cv=k)` and `ElasticNetCV(cv=k)` compute it:
///
///     grid     α_0 > … > α_{K−1}: computed once, on all the rows given (`AlphaGrid`)
///     folds    KFold(k) without shuffling: consecutive blocks of rows (`kFold`)
///     fold f   the path on the other k − 1 blocks, warm-started from α_0 down, each fit
///              centering its own training rows;  MSE_kf on block f at α_k
///     choice   k̂ = argmin_k (1/k)·Σ_f MSE_kf   (the first, i.e. largest, α on a tie)
///     refit    one cold fit on all the rows at α_k̂
///
/// The row order matters: fold f holds out rows in a fixed block, so shuffled rows give
/// other folds. scikit-learn's `train_test_split` returns the training rows in its
/// permutation's order, and that order is what the folds cut.
///
/// Ties: at the default tolerance the last fits of a path may stop after 0 sweeps, so
/// several α share one fold fit and their means tie exactly; the first wins here, while
/// scikit-learn's pick among them depends on BLAS rounding (1e-15 apart).
///
/// Reference: scikit-learn, `sklearn.linear_model.LassoCV` and `LinearModelCV.fit`.
public struct ElasticNetCV: Sendable {
  /// `ρ`.
  public let l1Ratio: Double
  /// The grid, decreasing.
  public let alphas: [Double]
  /// The folds, in order.
  public let folds: [Fold]
  /// `foldErrors[k][f]`: the held-out MSE of fold `f`'s fit at `alphas[k]`
  /// (scikit-learn's `mse_path_`).
  public let foldErrors: [[Double]]
  /// `foldFits[f][k]`: fold `f`'s path.
  public let foldFits: [[ElasticNetFit]]
  /// The mean of each `foldErrors[k]` over folds.
  public let meanErrors: [Double]
  /// The standard deviation of each `foldErrors[k]` over folds (ddof 0).
  public let errorDeviations: [Double]
  /// `k̂`, the first index of the smallest mean.
  public let bestIndex: Int
  /// The refit on all rows at `alphas[bestIndex]` (scikit-learn's `coef_`, `intercept_`).
  public let refit: ElasticNetFit

  /// `α̂` (scikit-learn's `alpha_`).
  public var bestAlpha: Double { alphas[bestIndex] }

  /// Cross-validation on scikit-learn's automatic grid, computed once on all the rows.
  ///
  /// - Parameters:
  ///   - l1Ratio: `ρ ∈ (0, 1]`; 1 is `LassoCV`.
  ///   - folds: `k`, with `2 ≤ k ≤ n` (scikit-learn's `cv=5`).
  ///   - count, eps: The grid's size and `α_min/α_max` (scikit-learn's 100 and 1e-3).
  ///   - tolerance, maxIterations: Every fit's (scikit-learn's 1e-4 and 1000).
  /// - Throws: the errors of `CenteredDesign`, `AlphaGrid` and `kFold`.
  public init(
    features: Matrix, targets: [Double], l1Ratio: Double = 1, folds: Int = 5,
    count: Int = 100, eps: Double = 1e-3, fitIntercept: Bool = true,
    tolerance: Double = 1e-4, maxIterations: Int = 1000,
    solver: any PathSolver = ReferencePathSolver()
  ) throws(RegularizationError) {
    let all = try CenteredDesign(
      features: features, targets: targets, fitIntercept: fitIntercept)
    let grid = try AlphaGrid.alphas(for: all, l1Ratio: l1Ratio, count: count, eps: eps)
    try self.init(
      features: features, targets: targets, alphas: grid, l1Ratio: l1Ratio, folds: folds,
      fitIntercept: fitIntercept, tolerance: tolerance, maxIterations: maxIterations,
      solver: solver)
  }

  /// Cross-validation over the given `alphas` (solved and reported in decreasing order).
  ///
  /// - Parameter l1Ratio: `ρ ∈ [0, 1]`; 0 (ridge through coordinate descent) is allowed.
  /// - Throws: `.invalidParameter` for an empty `alphas`; the errors of `CenteredDesign`,
  ///   `ElasticNet.init` and `kFold`.
  public init(
    features: Matrix, targets: [Double], alphas: [Double], l1Ratio: Double = 1,
    folds: Int = 5, fitIntercept: Bool = true, tolerance: Double = 1e-4,
    maxIterations: Int = 1000, solver: any PathSolver = ReferencePathSolver()
  ) throws(RegularizationError) {
    guard !alphas.isEmpty else {
      throw .invalidParameter(name: "alphas.count", value: 0, requirement: ">= 1")
    }
    let grid = alphas.sorted(by: >)
    let settings = try PathSettings(
      l1Ratio: l1Ratio, tolerance: tolerance, maxIterations: maxIterations)
    let cut = try kFold(sampleCount: features.rows, folds: folds)
    var errors = [[Double]](repeating: [], count: grid.count)
    var fits: [[ElasticNetFit]] = []
    for fold in cut {
      let design = try CenteredDesign(
        features: features.selectingRows(fold.trainIndices),
        targets: fold.trainIndices.map { targets[$0] }, fitIntercept: fitIntercept)
      let path = try solver.fits(design, alphas: grid, settings: settings)
      for (k, fit) in path.enumerated() {
        errors[k].append(
          FoldScores.meanSquaredError(
            fit, features: features, targets: targets, rows: fold.testIndices))
      }
      fits.append(path)
    }
    let (means, deviations) = foldMeansAndDeviations(errors)
    let best = firstArgmin(means) ?? 0  // NaN only from non-finite data, rejected above
    let all = try CenteredDesign(
      features: features, targets: targets, fitIntercept: fitIntercept)
    let refit = try solver.fit(all, alpha: grid[best], settings: settings)
    self.l1Ratio = l1Ratio
    self.alphas = grid
    self.folds = cut
    self.foldErrors = errors
    self.foldFits = fits
    self.meanErrors = means
    self.errorDeviations = deviations
    self.bestIndex = best
    self.refit = refit
  }
}
