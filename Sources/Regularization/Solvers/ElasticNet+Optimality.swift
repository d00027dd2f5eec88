/// How far a solution is from satisfying the elastic net's optimality (KKT) conditions,
/// and how far its duality gap allows it to be.
///
/// In the 1/(2n) objective, with `c_j = x_jᵀr/n` (centered data, `r = y − Xw − b`), the
/// conditions are
///
///     |c_j − α(1−ρ)·w_j| ≤ α·ρ             where w_j = 0
///      c_j − α(1−ρ)·w_j  = α·ρ·sign(w_j)   where w_j ≠ 0
///
/// and `violation_j` is how much coordinate `j` misses them by. A duality gap `G` bounds
/// each violation: moving `w_j` alone along its best direction would lower the objective
/// by at least `v²/(2a)` (or `|w_j|·|v|/2` when the move would cross zero), where
/// `a = ‖x_j‖²/n + α(1−ρ)` is the objective's curvature along `j`, and no move can lower
/// it by more than `G`. Hence
///
///     violation_j ≤ √(2·a·G)                      where w_j = 0
///     violation_j ≤ max(√(2·a·G), 2G/|w_j|)        where w_j ≠ 0
///
/// which is the precise sense in which a solution stopped at a duality-gap tolerance
/// satisfies the KKT conditions "within the solver's tolerance". Each bound also carries
/// the rounding error of computing `c_j` in floating point, the standard dot-product
/// bound `(n + 2)·ε·(|x_j|ᵀ|r|/n + α)`, and `G` is used as `max(G, 0) + δG`: the
/// recomputed gap is a difference of numbers of size `M = ‖y_c‖²/(2n) + ‖r‖²/n + α‖w‖₁ +
/// α(1−ρ)‖w‖²`, known only to within `δG = (n + p)·ε·M`, so a true gap of 1e-12 can come
/// out as −1e-12.
public struct OptimalityReport: Equatable, Sendable {
  /// `violation_j` for each coordinate, in the units of α.
  public let violations: [Double]
  /// The largest violation the duality gap allows for each coordinate.
  public let bounds: [Double]
  /// The duality gap `G` of the checked solution, in the 1/(2n) objective's units.
  public let gap: Double
  /// `δG`, how far rounding may have moved the recomputed `G`.
  public let gapRoundoff: Double

  /// The largest `violation_j`.
  public var largestViolation: Double { maxNorm(violations) }

  /// The largest `violation_j / bound_j` (0 where both are 0): at most 1 for a solution
  /// whose gap is honest.
  public var largestBoundRatio: Double {
    zip(violations, bounds).reduce(0) { worst, pair in
      let (violation, bound) = pair
      if violation == 0 { return worst }
      return max(worst, bound > 0 ? violation / bound : .infinity)
    }
  }
}

extension ElasticNet {
  /// Checks the KKT conditions of `fit` on the data it was fitted to (see
  /// `OptimalityReport`); the gap is recomputed from the coefficients, not taken from
  /// the solver.
  ///
  /// - Throws: the same data errors as `fit(features:targets:)`, or `.dimensionMismatch`
  ///   if the fit has the wrong number of coefficients.
  public func optimality(
    of fit: ElasticNetFit, features: Matrix, targets: [Double]
  ) throws(RegularizationError) -> OptimalityReport {
    let design = try CenteredDesign(
      features: features, targets: targets, fitIntercept: fitIntercept)
    let w = fit.coefficients
    guard w.count == design.columns else {
      throw .dimensionMismatch(
        what: "coefficients (one per feature)", expected: design.columns, actual: w.count)
    }
    let n = Double(design.rows)
    let (l1, l2) = penaltyWeights(samples: design.rows)
    let residual = design.residual(of: w)
    let gap =
      DualityGap.value(design: design, coefficients: w, residual: residual, l1: l1, l2: l2) / n
    let correlations = design.correlations(with: residual)
    let absoluteCorrelations = design.absoluteCorrelations(with: residual)
    let scale =
      squaredNorm(design.targets) / (2 * n) + squaredNorm(residual) / n
      + alpha * l1Ratio * l1Norm(w) + alpha * (1 - l1Ratio) * squaredNorm(w)
    let gapRoundoff = Double(design.rows + design.columns) * Double.ulpOfOne * scale
    let certifiedGap = max(gap, 0) + gapRoundoff
    let threshold = alpha * l1Ratio
    let ridge = alpha * (1 - l1Ratio)
    var violations: [Double] = []
    var bounds: [Double] = []
    for j in 0..<design.columns {
      let c = correlations[j] / n - ridge * w[j]
      let curvature = design.columnSquaredNorms[j] / n + ridge
      let roundoff = (n + 2) * Double.ulpOfOne * (absoluteCorrelations[j] / n + alpha)
      let smooth = (2 * curvature * certifiedGap).squareRoot() + roundoff
      if w[j] == 0 {
        violations.append(max(0, abs(c) - threshold))
        bounds.append(smooth)
      } else {
        violations.append(abs(c - threshold * (w[j] > 0 ? 1 : -1)))
        bounds.append(max(smooth, 2 * certifiedGap / abs(w[j]) + roundoff))
      }
    }
    return OptimalityReport(
      violations: violations, bounds: bounds, gap: gap, gapRoundoff: gapRoundoff)
  }
}
