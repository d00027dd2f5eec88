extension QuadraticLoss2D {
  /// The minimizer of `f` over the L2 ball `‖w‖₂ ≤ t`, to machine precision.
  ///
  /// If `‖c‖₂ ≤ t` it is `c`. Otherwise it is `w(μ) = (H + μI)⁻¹Hc` for the `μ > 0` at which
  /// `‖w(μ)‖₂ = t` (the multiplier of the constraint: `H(c − w) = μw`). In the eigenbasis of
  /// H, with `c̃ᵢ = vᵢᵀc`, that is the secular equation
  ///
  ///     ‖w(μ)‖² = Σᵢ (λᵢc̃ᵢ / (λᵢ + μ))² = t²,
  ///
  /// whose left side falls strictly in μ; it is solved by bisection on
  /// `[0, λ_max‖c‖/t]` until the bracket cannot shrink in floating point.
  ///
  /// - Throws: `.invalidParameter` if `radius` is not a finite number > 0.
  public func minimizerInL2Ball(radius t: Double) throws(RegularizationError) -> [Double] {
    guard t > 0, t.isFinite else {
      throw .invalidParameter(name: "radius", value: t, requirement: "a finite number > 0")
    }
    if euclideanNorm(centre) <= t { return centre }
    let (large, small) = hessian.eigenvalues
    let (v1, v2) = hessian.eigenvectors
    let (c1, c2) = (dot(v1, centre), dot(v2, centre))
    func point(_ mu: Double) -> [Double] {
      let (s1, s2) = (large * c1 / (large + mu), small * c2 / (small + mu))
      return [s1 * v1[0] + s2 * v2[0], s1 * v1[1] + s2 * v2[1]]
    }
    // At μ = λ_max‖c‖/t: ‖w‖ ≤ λ_max‖c‖/(λ_min + μ) < t.
    var (low, high) = (0.0, large * euclideanNorm(centre) / t)
    while true {
      let mid = 0.5 * (low + high)
      guard mid > low, mid < high else { break }
      if euclideanNorm(point(mid)) > t { low = mid } else { high = mid }
    }
    return point(high)
  }

  /// The minimizer of `f(w) + (λ/2)‖w‖²`, `w = (H + λI)⁻¹Hc`: a smooth function of c, so
  /// a weight is exactly 0 only on a line of centres, which a random draw never hits.
  ///
  /// - Throws: `.negativePenalty` if `lambda < 0`, `.nonFinite` if it is not finite.
  public func minimizerWithL2Penalty(lambda: Double) throws(RegularizationError) -> [Double] {
    guard lambda >= 0 else { throw .negativePenalty(lambda) }
    guard lambda.isFinite else { throw .nonFinite(what: "the penalty weight lambda") }
    return hessian.shifted(by: lambda).solve(correlations)
  }
}
