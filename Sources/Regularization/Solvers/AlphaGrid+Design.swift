extension AlphaGrid {
  /// scikit-learn's grid (see `alphas(features:targets:l1Ratio:fitIntercept:count:eps:)`)
  /// for data prepared once, e.g. the whole data set before cross-validation folds.
  ///
  /// - Throws: `.invalidParameter` if `ρ` is outside (0, 1], `count < 1` or `eps` is
  ///   outside (0, 1].
  public static func alphas(
    for design: CenteredDesign, l1Ratio: Double = 1, count: Int = 100, eps: Double = 1e-3
  ) throws(RegularizationError) -> [Double] {
    try checkRatio(l1Ratio)
    try checkShape(count: count, eps: eps)
    return alphas(design, l1Ratio: l1Ratio, count: count, eps: eps)
  }

  /// `α_max` (see `alphaMax(features:targets:l1Ratio:fitIntercept:)`) for data prepared
  /// once.
  ///
  /// - Throws: `.invalidParameter` if `ρ` is outside (0, 1].
  public static func alphaMax(for design: CenteredDesign, l1Ratio: Double = 1)
    throws(RegularizationError) -> Double
  {
    try checkRatio(l1Ratio)
    return alphaMax(design, l1Ratio: l1Ratio)
  }
}
