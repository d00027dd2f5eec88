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
}

extension AlphaGrid {
  /// `α_max` for data prepared once (see `alphaMax(features:targets:l1Ratio:fitIntercept:)`),
  /// without a second copy of the data.
  package static func alphaMax(for design: CenteredDesign, l1Ratio: Double) -> Double {
    alphaMax(design, l1Ratio: l1Ratio)
  }

  /// A lower bound on `alphaMax(for:l1Ratio:)` in O(n) rather than O(n·p): the `α` of the
  /// column with the largest norm alone,
  ///
  ///     α_max ≥ α(|x_kᵀy_c|),   k = argmax_j ‖x_j‖²
  ///
  /// with `x_kᵀy_c` summed exactly as in `α_max` itself, so the bound holds in floating
  /// point too. Enough to show that `α_max` is not tiny, which is usually all a check needs.
  package static func alphaMaxLowerBound(for design: CenteredDesign, l1Ratio: Double) -> Double {
    let norms = design.columnSquaredNorms
    guard var k = norms.indices.first else { return 0 }
    for j in norms.indices where norms[j] > norms[k] { k = j }
    let correlation = design.columnMajor.withUnsafeBufferPointer { x in
      design.targets.withUnsafeBufferPointer { y in
        columnDot(x, k * design.rows, y, 0, count: design.rows)
      }
    }
    return alphaMax(largestCorrelation: abs(correlation), samples: design.rows, l1Ratio: l1Ratio)
  }
}
