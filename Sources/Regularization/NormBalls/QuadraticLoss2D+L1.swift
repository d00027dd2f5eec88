extension QuadraticLoss2D {
  /// The exact minimizer of `f` over the L1 ball `‖w‖₁ ≤ t`.
  ///
  /// If `‖c‖₁ ≤ t` it is `c`. Otherwise it lies on the boundary, the diamond with vertices
  /// `(±t, 0)`, `(0, ±t)`: on each edge `w(s) = V + s·(V′ − V)`, `s ∈ [0, 1]`, f is a
  /// parabola in s with minimum at
  ///
  ///     s* = −(V′ − V)ᵀH(V − c) / ((V′ − V)ᵀH(V′ − V)),   clamped to [0, 1],
  ///
  /// and the best of the four edges' points is the answer. A clamped `s*` returns the
  /// vertex itself, so a corner solution has an exact 0.0.
  ///
  /// - Throws: `.invalidParameter` if `radius` is not a finite number > 0.
  public func minimizerInL1Ball(radius t: Double) throws(RegularizationError) -> [Double] {
    guard t > 0, t.isFinite else {
      throw .invalidParameter(name: "radius", value: t, requirement: "a finite number > 0")
    }
    if l1Norm(centre) <= t { return centre }
    let vertices: [[Double]] = [[t, 0], [0, t], [-t, 0], [0, -t]]
    var best = vertices[0]
    var bestValue = value(best)
    for k in 0..<4 {
      let (start, end) = (vertices[k], vertices[(k + 1) % 4])
      let direction = [end[0] - start[0], end[1] - start[1]]
      let slope = dot(direction, gradient(start))
      let s = -slope / hessian.quadraticForm(direction)
      let point =
        s <= 0 ? start : s >= 1 ? end : [start[0] + s * direction[0], start[1] + s * direction[1]]
      let candidate = value(point)
      if candidate < bestValue { (best, bestValue) = (point, candidate) }
    }
    return best
  }

  /// The exact minimizer of `f(w) + α‖w‖₁`.
  ///
  /// It is one of seven candidates, one per support and sign pattern, and being the
  /// minimizer it has the smallest objective among them: with `q = Hc`,
  ///
  ///     w = 0;   (S(q₁, α)/H₁₁, 0);   (0, S(q₂, α)/H₂₂);   H⁻¹(q − α·s), s ∈ {±1}²,
  ///
  /// `S` the soft-thresholding operator. The single-support candidates carry an exact 0.0.
  ///
  /// - Throws: `.negativePenalty` if `alpha < 0`, `.nonFinite` if it is not finite.
  public func minimizerWithL1Penalty(alpha: Double) throws(RegularizationError) -> [Double] {
    guard alpha >= 0 else { throw .negativePenalty(alpha) }
    guard alpha.isFinite else { throw .nonFinite(what: "the penalty weight alpha") }
    let q = correlations
    var candidates: [[Double]] = [
      [0, 0], [softThreshold(q[0], by: alpha) / hessian.a, 0],
      [0, softThreshold(q[1], by: alpha) / hessian.d],
    ]
    for signs in [[1.0, 1.0], [1, -1], [-1, 1], [-1, -1]] {
      candidates.append(hessian.solve([q[0] - alpha * signs[0], q[1] - alpha * signs[1]]))
    }
    func objective(_ w: [Double]) -> Double { value(w) + alpha * l1Norm(w) }
    var best = candidates[0]
    var bestValue = objective(best)
    for candidate in candidates.dropFirst() {
      let candidateValue = objective(candidate)
      if candidateValue < bestValue { (best, bestValue) = (candidate, candidateValue) }
    }
    return best
  }
}
