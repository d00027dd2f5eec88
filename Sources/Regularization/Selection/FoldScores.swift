/// How well a fitted linear model predicts held-out rows: the two scores scikit-learn's
/// cross-validation uses for regression.
public enum FoldScores {
  /// The mean squared error on the rows `rows` of `features`/`targets`, as
  /// `sklearn.metrics.mean_squared_error` (and `LassoCV`'s `mse_path_`):
  ///
  ///     MSE = (1/m)·Σ_{i ∈ rows} (y_i − b − x_iᵀw)²,   m = |rows|
  public static func meanSquaredError(
    _ model: some LinearPredictor, features: Matrix, targets: [Double], rows: [Int]
  ) -> Double {
    let residuals = Self.residuals(model, features: features, targets: targets, rows: rows)
    return squaredNorm(residuals) / Double(max(rows.count, 1))
  }

  /// The coefficient of determination on the rows `rows`, as `sklearn.metrics.r2_score`
  /// (the `score` of every scikit-learn regressor, and so `RidgeCV`'s criterion when `cv`
  /// is given):
  ///
  ///     R² = 1 − Σ (y_i − ŷ_i)² / Σ (y_i − ȳ)²,   ȳ the mean of the held-out targets
  ///
  /// 1 is a perfect fit, 0 is no better than predicting the held-out mean; it can be
  /// negative. (scikit-learn returns 1 or 0 when the held-out targets are constant; here
  /// the ratio is then ∞ or NaN, which no caller in this package meets.)
  public static func rSquared(
    _ model: some LinearPredictor, features: Matrix, targets: [Double], rows: [Int]
  ) -> Double {
    let residuals = Self.residuals(model, features: features, targets: targets, rows: rows)
    let held = rows.map { targets[$0] }
    let center = mean(held)
    return 1 - squaredNorm(residuals) / squaredNorm(held.map { $0 - center })
  }

  /// `y_i − b − x_iᵀw` for `i ∈ rows`, in the order of `rows`.
  static func residuals(
    _ model: some LinearPredictor, features: Matrix, targets: [Double], rows: [Int]
  ) -> [Double] {
    let w = model.coefficients
    precondition(w.count == features.columns, "the model has \(w.count) coefficients")
    return rows.map { i in
      var prediction = model.intercept
      for j in 0..<features.columns where w[j] != 0 { prediction += features[i, j] * w[j] }
      return targets[i] - prediction
    }
  }
}

/// The mean and the standard deviation over folds of each row of a table
/// (`table[k][f]`: the score of candidate `k` on fold `f`).
///
///     mean_k = (1/K)·Σ_f s_kf,   sd_k = √((1/K)·Σ_f (s_kf − mean_k)²)   (numpy's `std`, ddof 0)
///
/// scikit-learn reports exactly these as `mean_test_score` and `std_test_score`.
public func foldMeansAndDeviations(_ table: [[Double]]) -> (means: [Double], deviations: [Double]) {
  let means = table.map(mean)
  let deviations = zip(table, means).map { row, center in
    (row.map { ($0 - center) * ($0 - center) }.reduce(0, +) / Double(max(row.count, 1)))
      .squareRoot()
  }
  return (means, deviations)
}
