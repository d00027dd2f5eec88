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
    let h = hessian
    let (q1, q2) = (h.a * centre[0] + h.b * centre[1], h.b * centre[0] + h.d * centre[1])
    // The objective up to the constant ½cᵀHc: ½wᵀHw − qᵀw + α‖w‖₁, in scalars (this runs
    // tens of thousands of times in lesson 6).
    func objective(_ x: Double, _ y: Double) -> Double {
      0.5 * (h.a * x * x + 2 * h.b * x * y + h.d * y * y) - q1 * x - q2 * y
        + alpha * (abs(x) + abs(y))
    }
    var best = (0.0, 0.0)
    var bestValue = 0.0
    func consider(_ x: Double, _ y: Double) {
      let candidate = objective(x, y)
      if candidate < bestValue { (best, bestValue) = ((x, y), candidate) }
    }
    consider(softThreshold(q1, by: alpha) / h.a, 0)
    consider(0, softThreshold(q2, by: alpha) / h.d)
    let det = h.determinant
    for (s1, s2) in [(1.0, 1.0), (1, -1), (-1, 1), (-1, -1)] {
      let (r1, r2) = (q1 - alpha * s1, q2 - alpha * s2)
      consider((h.d * r1 - h.b * r2) / det, (h.a * r2 - h.b * r1) / det)
    }
    return [best.0, best.1]
  }
}
