import Foundation

extension LineFit {
  /// A certificate that the line minimizes the L1 loss `F(a, b) = Σ_i |r_i|`: the smallest
  /// directional derivative of `F` over the directions where it can change slope. The line
  /// is a minimizer exactly when the result is `≥ 0` (no direction lowers the loss).
  ///
  /// With `u_i = (1, x_i)`, `r_i = u_i·(a, b) − y_i` and `Z` the points on the line
  /// (`|r_i| ≤ zeroTolerance`), the derivative of `F` in the direction `v` is
  ///
  ///     F′(v) = Σ_{i ∉ Z} sign(r_i)·(u_i·v) + Σ_{i ∈ Z} |u_i·v|
  ///
  /// It is positively homogeneous and linear between the rays where some `u_i·v = 0`,
  /// `i ∈ Z`. Those rays, with the four axis directions `±(1, 0)`, `±(0, 1)`, split the
  /// plane into cones narrower than π, and a function linear on such a cone is `≥ 0` on it
  /// when it is at the cone's two edges; so `F′ ≥ 0` everywhere iff it is on these rays.
  /// The same fact is the subgradient condition `0 ∈ Σ_{i ∉ Z} sign(r_i)·u_i + Σ_{i ∈ Z}
  /// [−1, 1]·u_i`.
  ///
  /// - Parameter zeroTolerance: The residual size treated as 0; `nil` for 10⁻⁹ of the
  ///   largest of `|a|`, `|b·x_i|`, `|y_i|` (far above rounding, far below any real
  ///   residual of continuous data).
  /// - Returns: `min F′(v)` over the unit vectors `v` on those rays; a negative value is
  ///   the rate at which the loss falls in the best of them.
  public func absoluteLossDescentRate(
    x: [Double], y: [Double], zeroTolerance: Double? = nil
  ) -> Double {
    let residuals = residuals(x: x, y: y)
    let tolerance = zeroTolerance ?? RobustLineFit.residualScale(self, x: x, y: y)
    let onLine = x.indices.filter { abs(residuals[$0]) <= tolerance }
    var rays: [(Double, Double)] = [(1, 0), (-1, 0), (0, 1), (0, -1)]
    for i in onLine {
      // (−x_i, 1)/‖·‖ is perpendicular to u_i = (1, x_i).
      let norm = (1 + x[i] * x[i]).squareRoot()
      rays += [(-x[i] / norm, 1 / norm), (x[i] / norm, -1 / norm)]
    }
    var smallest = Double.infinity
    for (va, vb) in rays {
      var derivative = 0.0
      for i in x.indices {
        let along = va + vb * x[i]
        derivative += abs(residuals[i]) <= tolerance ? abs(along) : sign(residuals[i]) * along
      }
      smallest = min(smallest, derivative)
    }
    return smallest
  }
}
