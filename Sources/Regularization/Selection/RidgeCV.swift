/// Ridge regression with its `α` chosen by a k-fold grid search, as scikit-learn's
/// `RidgeCV(alphas=(0.1, 1.0, 10.0), cv=k)` computes it when `cv` is given:
///
///     folds    KFold(k) without shuffling (`kFold`)
///     fold f   Ridge(α_a) fitted on the other blocks (`RidgeRegression`, objective
///              ‖y − Xw − b‖² + α·‖w‖², no 1/n);  R²_af and MSE_af on block f
///     choice   â = argmax_a (1/k)·Σ_f R²_af   (the first on a tie)
///     refit    Ridge(α_â) on all the rows
///
/// The criterion is R², not the MSE: with `cv` set, `RidgeCV` runs
/// `GridSearchCV(Ridge(), {"alpha": alphas}, cv=cv, scoring=None)`, and `scoring=None`
/// means the estimator's own `score`, which for every regressor is R². (Without `cv`,
/// `RidgeCV` uses leave-one-out errors instead; that is not this.) The mean MSE and the
/// `α` it would have chosen are reported beside it.
///
/// Reference: scikit-learn, `sklearn.linear_model.RidgeCV` (parameters `cv` and
/// `scoring`) and `sklearn.model_selection.GridSearchCV`.
public struct RidgeCV: Sendable {
  /// scikit-learn's default `alphas`.
  public static let defaultAlphas = [0.1, 1.0, 10.0]

  /// The candidates, in the order given.
  public let alphas: [Double]
  /// The folds, in order.
  public let folds: [Fold]
  /// `foldScores[a][f]`: R² of fold `f`'s fit at `alphas[a]` on its held-out block
  /// (`GridSearchCV`'s `split<f>_test_score`).
  public let foldScores: [[Double]]
  /// `foldErrors[a][f]`: the held-out MSE of the same fit.
  public let foldErrors: [[Double]]
  /// The mean and standard deviation (ddof 0) of each `foldScores[a]`.
  public let meanScores: [Double]
  public let scoreDeviations: [Double]
  /// The mean and standard deviation (ddof 0) of each `foldErrors[a]`.
  public let meanErrors: [Double]
  public let errorDeviations: [Double]
  /// `â`: the first index of the largest mean R².
  public let bestIndex: Int
  /// The first index of the smallest mean MSE: what minimizing the MSE would choose.
  public let bestIndexByError: Int
  /// Ridge at `alphas[bestIndex]` on all the rows (scikit-learn's `coef_`, `intercept_`).
  public let refit: RidgeFit

  /// `α̂` (scikit-learn's `alpha_`).
  public var bestAlpha: Double { alphas[bestIndex] }
  /// The mean R² at `α̂` (scikit-learn's `best_score_`).
  public var bestScore: Double { meanScores[bestIndex] }

  /// Runs the grid search.
  ///
  /// - Parameters:
  ///   - alphas: The candidates, each ≥ 0 and finite, at least one.
  ///   - folds: `k`, with `2 ≤ k ≤ n`.
  /// - Throws: `.invalidParameter` for an empty `alphas`; the errors of `RidgeRegression`
  ///   and `kFold`.
  public init(
    features: Matrix, targets: [Double], alphas: [Double] = RidgeCV.defaultAlphas,
    folds: Int = 5, fitIntercept: Bool = true
  ) throws(RegularizationError) {
    guard !alphas.isEmpty else {
      throw .invalidParameter(name: "alphas.count", value: 0, requirement: ">= 1")
    }
    guard targets.count == features.rows else {
      throw .dimensionMismatch(
        what: "number of targets", expected: features.rows, actual: targets.count)
    }
    let models = try alphas.map { alpha throws(RegularizationError) in
      try RidgeRegression(alpha: alpha, fitIntercept: fitIntercept)
    }
    let cut = try kFold(sampleCount: features.rows, folds: folds)
    var scores = [[Double]](repeating: [], count: alphas.count)
    var errors = scores
    for fold in cut {
      let train = features.selectingRows(fold.trainIndices)
      let trainTargets = fold.trainIndices.map { targets[$0] }
      for (a, model) in models.enumerated() {
        let fit = try model.fit(features: train, targets: trainTargets)
        let rows = fold.testIndices
        scores[a].append(
          FoldScores.rSquared(fit, features: features, targets: targets, rows: rows))
        errors[a].append(
          FoldScores.meanSquaredError(fit, features: features, targets: targets, rows: rows))
      }
    }
    (meanScores, scoreDeviations) = foldMeansAndDeviations(scores)
    (meanErrors, errorDeviations) = foldMeansAndDeviations(errors)
    // NaN only from a held-out block with constant targets: then the first α.
    let best = firstArgmax(meanScores) ?? 0
    let bestByError = firstArgmin(meanErrors) ?? 0
    self.alphas = alphas
    self.folds = cut
    self.foldScores = scores
    self.foldErrors = errors
    self.bestIndex = best
    self.bestIndexByError = bestByError
    self.refit = try models[best].fit(features: features, targets: targets)
  }
}
