/// The duality gap of the elastic net, the certificate coordinate descent stops on.
///
/// The solver works with the objective multiplied by `n` (scikit-learn's internal scale):
///
///     P(w) = ½‖r‖² + λ₁‖w‖₁ + (λ₂/2)‖w‖²,   r = y_c − X_c·w,
///     λ₁ = α·ρ·n,   λ₂ = α·(1 − ρ)·n
///
/// Any dual point `v` gives a lower bound `D(v) ≤ P(w*)`, so `G = P(w) − D(v) ≥ P(w) −
/// P(w*) ≥ 0`: a small gap proves `w` is nearly optimal without knowing `w*`. The dual
/// point is built from the residual; at the optimum `v* = r*` and the gap is 0.
///
/// Formulation A (`λ₁ > 0`), with the residual scaled into the dual-feasible set
/// `‖X_cᵀv − λ₂w‖_∞ ≤ λ₁`:
///
///     s = min(1, λ₁ / ‖X_cᵀr − λ₂w‖_∞)
///     D = −(s²/2)·(‖r‖² + λ₂‖w‖²) + s·rᵀy_c
///     G = ½(‖r‖² + λ₂‖w‖²) + λ₁‖w‖₁ − D
///
/// Formulation B (`λ₁ = 0 < λ₂`, pure ridge), whose dual needs no feasibility scaling:
///
///     G = ‖r‖² + (λ₂/2)‖w‖² − rᵀy_c + ‖X_cᵀr‖² / (2λ₂)
///
/// With `λ₁ = λ₂ = 0` (least squares) there is no gap; like scikit-learn the solver then
/// uses the squared gradient norm `‖X_cᵀr‖²`, which is 0 exactly at a minimizer.
///
/// References: Fercoq, Gramfort, Salmon (2015), "Mind the duality gap: safer rules for the
/// Lasso", arXiv:1505.03410; Dünner et al. (2016), "Primal-Dual Rates and Certificates",
/// arXiv:1602.05205, §5.2.3.
package enum DualityGap {
  /// `G(w)` in the solver's scale (`n` times the gap of the 1/(2n) objective).
  ///
  /// - Parameters:
  ///   - design: The prepared data (`X_c`, `y_c`).
  ///   - w: The coefficients.
  ///   - r: The residual `y_c − X_c·w` that goes with `w`.
  ///   - l1: `λ₁ = α·ρ·n`.
  ///   - l2: `λ₂ = α·(1 − ρ)·n`.
  package static func value(
    design: CenteredDesign, coefficients w: [Double], residual r: [Double], l1: Double,
    l2: Double
  ) -> Double {
    value(
      residualNorm2: squaredNorm(r), residualDotTargets: dot(r, design.targets),
      correlations: design.correlations(with: r), coefficients: w, l1: l1, l2: l2)
  }

  /// `G(w)` from the quantities it is made of, for a caller that has computed them its own
  /// way (the fast solver computes `X_cᵀr` for many solutions at once).
  ///
  /// - Parameters:
  ///   - residualNorm2: `‖r‖²`.
  ///   - residualDotTargets: `rᵀy_c`.
  ///   - correlations: `X_cᵀr`, one entry per feature.
  package static func value(
    residualNorm2: Double, residualDotTargets: Double, correlations: [Double],
    coefficients w: [Double], l1: Double, l2: Double
  ) -> Double {
    if l1 == 0 {
      let gradientNorm2 = squaredNorm(correlations)
      if l2 == 0 { return gradientNorm2 }
      return residualNorm2 + 0.5 * l2 * squaredNorm(w) - residualDotTargets
        + gradientNorm2 / (2 * l2)
    }
    var dualNorm = 0.0  // ‖X_cᵀr − λ₂w‖_∞
    for j in 0..<w.count { dualNorm = max(dualNorm, abs(correlations[j] - l2 * w[j])) }
    let penalized = residualNorm2 + l2 * squaredNorm(w)
    let primal = 0.5 * penalized + l1 * l1Norm(w)
    let scale = dualNorm > l1 ? l1 / dualNorm : 1
    let dual = -0.5 * scale * scale * penalized + scale * residualDotTargets
    return primal - dual
  }
}
