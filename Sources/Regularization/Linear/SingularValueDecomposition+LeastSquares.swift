extension SingularValueDecomposition {
  /// The coordinates `uⱼᵀb` of `b` on the left singular vectors.
  ///
  /// - Throws: `.dimensionMismatch` if `b.count` is not the number of rows of `A`.
  public func leftCoordinates(_ b: [Double]) throws(RegularizationError) -> [Double] {
    guard b.count == left.rows else {
      throw .dimensionMismatch(what: "right-hand side length", expected: left.rows, actual: b.count)
    }
    return left.transposeMultiplied(by: b)
  }

  /// `Σⱼ fⱼ·(uⱼᵀb)·vⱼ` for filter weights `f` (one per singular value).
  func filtered(_ coordinates: [Double], by weights: [Double]) -> [Double] {
    var x = [Double](repeating: 0, count: right.rows)
    for j in values.indices where weights[j] != 0 {
      let scale = weights[j] * coordinates[j]
      for i in 0..<right.rows { x[i] += scale * right[i, j] }
    }
    return x
  }

  /// The minimum-norm least-squares solution of `A·x ≈ b` (numpy's `lstsq`, the
  /// pseudoinverse `A⁺b`): among all `x` minimizing `‖b − A·x‖`, the shortest.
  ///
  ///     x = Σ_{σⱼ > cutoff} (uⱼᵀb / σⱼ)·vⱼ,   cutoff = relativeCutoff · σ_max
  ///
  /// Singular values below the cutoff are treated as exact zeros, since their directions
  /// are rounding noise; the default `ε·max(m, n)` is numpy's `lstsq` default `rcond`.
  /// For a wide or rank-deficient `A` (more unknowns than independent equations) this is
  /// the limit of ridge regression as the penalty goes to 0.
  ///
  /// - Throws: `.dimensionMismatch` if `b.count` is not the number of rows of `A`.
  public func minimumNormSolution(
    _ b: [Double], relativeCutoff: Double? = nil
  ) throws(RegularizationError) -> [Double] {
    let coordinates = try leftCoordinates(b)
    let rcond = relativeCutoff ?? Double.ulpOfOne * Double(max(left.rows, right.rows))
    let cutoff = rcond * (values.first ?? 0)
    return filtered(coordinates, by: values.map { $0 > cutoff ? 1 / $0 : 0 })
  }

  /// The ridge solution in scikit-learn's convention (no intercept),
  ///
  ///     x = argmin ‖b − A·x‖² + α·‖x‖² = Σⱼ σⱼ/(σⱼ² + α) · (uⱼᵀb)·vⱼ,
  ///
  /// from the one decomposition for every `α > 0`, without forming `AᵀA + αI`. At `α = 0`
  /// it is `minimumNormSolution(b)`.
  ///
  /// - Throws: `.negativePenalty` for `α < 0`, `.nonFinite` for NaN or ∞,
  ///   `.dimensionMismatch` for a wrong `b`.
  public func ridgeSolution(_ b: [Double], alpha: Double) throws(RegularizationError) -> [Double] {
    guard alpha.isFinite else { throw .nonFinite(what: "alpha") }
    guard alpha >= 0 else { throw .negativePenalty(alpha) }
    if alpha == 0 { return try minimumNormSolution(b) }
    let coordinates = try leftCoordinates(b)
    return filtered(coordinates, by: values.map { $0 / ($0 * $0 + alpha) })
  }
}
