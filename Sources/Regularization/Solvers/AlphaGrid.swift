/// scikit-learn's grid of penalty strengths for elastic-net and lasso paths.
///
///     α_max = max_j |x_jᵀ(y − ȳ)| / (n·ρ)          (y and X not centered without intercept)
///     α_k   = α_max · eps^(k/(count − 1)),  k = 0 … count − 1   (log-spaced, descending)
///
/// `α_max` is the smallest `α` whose solution is all zeros: at `w = 0` the update of
/// coordinate `j` is `S(x_jᵀy_c, α·ρ·n)`, which is 0 exactly when `|x_jᵀy_c| ≤ α·ρ·n`.
///
/// Exactness at the top of the grid: the correlations are computed with the very same
/// arithmetic the solver uses for `x_jᵀr` at `w = 0`, and `α_max` is then raised by a few
/// units in the last place if needed so that `(α_max·ρ)·n ≥ max_j |x_jᵀy_c|` holds in
/// floating point. So the solution at `α_max` is exactly zero, never a rounding error away
/// from it; the change from scikit-learn's value is at most a few parts in 10¹⁶.
public enum AlphaGrid {
  /// `α_max`, the smallest `α` at which every coefficient is exactly 0.
  ///
  /// - Parameter l1Ratio: `ρ ∈ (0, 1]` (for `ρ = 0`, ridge, no finite `α` zeroes `w`).
  /// - Throws: the input errors of `ElasticNet.fit`, or `.invalidParameter` for `ρ`.
  public static func alphaMax(
    features: Matrix, targets: [Double], l1Ratio: Double = 1, fitIntercept: Bool = true
  ) throws(RegularizationError) -> Double {
    try checkRatio(l1Ratio)
    let design = try CenteredDesign(
      features: features, targets: targets, fitIntercept: fitIntercept)
    return alphaMax(design, l1Ratio: l1Ratio)
  }

  /// The feature that attains `α_max`, `argmax_j |x_jᵀ(y − ȳ)|`: the first to leave zero
  /// as `α` falls below `α_max` (the lowest index wins a tie).
  ///
  /// - Throws: the input errors of `ElasticNet.fit`.
  public static func leadingFeature(
    features: Matrix, targets: [Double], fitIntercept: Bool = true
  ) throws(RegularizationError) -> Int {
    let design = try CenteredDesign(
      features: features, targets: targets, fitIntercept: fitIntercept)
    let correlations = design.correlations(with: design.targets).map(abs)
    var best = 0
    for j in correlations.indices where correlations[j] > correlations[best] { best = j }
    return best
  }

  /// The descending grid of `count` values from `α_max` down to `eps·α_max`, both ends
  /// included exactly, log-spaced in between (numpy's `geomspace`).
  ///
  /// If `α_max ≤ 1e-15` (targets constant or unrelated to every feature), the grid is
  /// `count` copies of 1e-15, as in scikit-learn.
  ///
  /// - Throws: the errors of `alphaMax`, or `.invalidParameter` if `count < 1` or `eps` is
  ///   not in (0, 1].
  public static func alphas(
    features: Matrix, targets: [Double], l1Ratio: Double = 1, fitIntercept: Bool = true,
    count: Int = 100, eps: Double = 1e-3
  ) throws(RegularizationError) -> [Double] {
    try checkRatio(l1Ratio)
    try checkShape(count: count, eps: eps)
    let design = try CenteredDesign(
      features: features, targets: targets, fitIntercept: fitIntercept)
    return alphas(design, l1Ratio: l1Ratio, count: count, eps: eps)
  }

  static func alphaMax(_ design: CenteredDesign, l1Ratio: Double) -> Double {
    alphaMax(
      largestCorrelation: maxNorm(design.correlations(with: design.targets)),
      samples: design.rows, l1Ratio: l1Ratio)
  }

  /// `α_max` from `max_j |x_jᵀy_c|` computed elsewhere (the fast solver's own products).
  package static func alphaMax(largestCorrelation largest: Double, samples: Int, l1Ratio: Double)
    -> Double
  {
    let n = Double(samples)
    var alpha = largest / (n * l1Ratio)
    // The solver's threshold is (α·ρ)·n; make sure it is not below `largest`.
    while alpha * l1Ratio * n < largest { alpha = alpha.nextUp }
    return alpha
  }

  static func alphas(
    _ design: CenteredDesign, l1Ratio: Double, count: Int, eps: Double
  ) -> [Double] {
    alphas(from: alphaMax(design, l1Ratio: l1Ratio), count: count, eps: eps)
  }

  /// The grid below a given `α_max` (see `alphas(features:targets:…)`).
  package static func alphas(from top: Double, count: Int, eps: Double) -> [Double] {
    let resolution = 1e-15  // numpy's finfo(float64).resolution
    if top <= resolution { return [Double](repeating: resolution, count: count) }
    var grid = logSpace(from: top, to: top * eps, count: count)
    grid[0] = top
    if count > 1 { grid[count - 1] = top * eps }
    return grid
  }

  package static func checkRatio(_ l1Ratio: Double) throws(RegularizationError) {
    guard l1Ratio > 0, l1Ratio <= 1 else {
      throw .invalidParameter(
        name: "l1Ratio", value: l1Ratio,
        requirement: "in (0, 1] for an automatic alpha grid (pass explicit alphas for 0)")
    }
  }

  package static func checkShape(count: Int, eps: Double) throws(RegularizationError) {
    guard count >= 1 else {
      throw .invalidParameter(name: "count", value: Double(count), requirement: ">= 1")
    }
    guard eps > 0, eps <= 1 else {
      throw .invalidParameter(name: "eps", value: eps, requirement: "in (0, 1]")
    }
  }
}
