import Regularization

/// An upper bound on the elastic net's duality gap at `w`, computed from Gram quantities in
/// O(p) with every rounding error bounded: what the fast solver stops on.
///
/// In exact arithmetic, with `r = y_c − X_c·w`, `c = X_cᵀy_c` and `g = X_cᵀr`:
///
///     ‖r‖² = ‖y_c‖² − wᵀc − wᵀg,      rᵀy_c = ‖y_c‖² − wᵀc
///
/// so `DualityGap`'s formulas need no pass over `X`. The computed `c` and Gram columns come
/// from `CrossProducts`, each within `γ_d·‖x_k‖·‖v‖` of the truth (`γ_d` from its rounding
/// depth, `|u|ᵀ|v| ≤ ‖u‖‖v‖`), and `g = c − Σ_j w_j·G[·, j]` adds `γ_{m+1}`, so
///
///     |ĝ_k − g_k| ≤ δ_k = 2·(γ_d + γ_{m+1})·‖x_k‖·S,   S = ‖y_c‖ + Σ_j |w_j|·‖x_j‖
///
/// The bound takes the dual point `s·r` with `s = min(1, λ₁ / max_k (|ĝ_k − λ₂w_k| + δ_k))`,
/// feasible for the exact problem, an upper bound on `‖r‖²` and a lower bound on `rᵀy_c`
/// (the gap grows with the first and falls with the second), and adds a few units of
/// rounding on the final sums. By weak duality the result is ≥ the exact gap of `w`.
///
/// The slack is small: at most 6·10⁻¹³ of `‖y_c‖²` on the 50 × 80 test fixture, so it
/// matters only for tolerances below about `10⁻¹¹`; above that a bound that cannot
/// certify a solution means the solution is not yet good enough.
struct CertifiedGap {
  /// `‖x_j‖`, rounded up.
  let columnNorms: [Double]
  /// `‖y_c‖`, rounded up.
  let targetNorm: Double
  /// `‖y_c‖²` as the solver computed it.
  let targetNorm2: Double
  /// `γ_d` of `CrossProducts` for these rows and the kernel running (`Kernel.current`, which
  /// must not change while the solver runs), and `γ_n` of the plain sums over rows.
  let productError: Double
  let rowSumError: Double

  init(rows: Int, columnSquaredNorms: [Double], targetNorm2: Double) {
    let rowSumError = Self.gamma(rows)
    self.rowSumError = rowSumError
    productError = Self.gamma(CrossProducts.roundingDepth(rows: rows))
    columnNorms = columnSquaredNorms.map { ($0 * (1 + rowSumError)).squareRoot().nextUp }
    targetNorm = (targetNorm2 * (1 + rowSumError)).squareRoot().nextUp
    self.targetNorm2 = targetNorm2
  }

  /// `γ_k = k·u/(1 − k·u)`, `u = 2⁻⁵³`: the relative error bound of `k` roundings.
  static func gamma(_ k: Int) -> Double {
    let ku = Double(k) * Double.ulpOfOne / 2
    return ku / (1 - ku)
  }

  /// The upper bound, in the solver's scale (`n` times the 1/(2n) objective's gap).
  ///
  /// - Parameters:
  ///   - w: The coefficients; every non-zero one's Gram column went into `g`.
  ///   - g: `c − Σ_j w_j·G[·, j]` as computed.
  ///   - c: `X_cᵀy_c` as computed.
  func bound(
    coefficients w: [Double], gradient g: [Double], targetCorrelations c: [Double],
    l1: Double, l2: Double
  ) -> Double {
    let u = Double.ulpOfOne / 2
    var nonZero = 0
    var spread = targetNorm  // S
    var wc = 0.0
    var wg = 0.0
    var absWC = 0.0
    var absWG = 0.0
    var ww = 0.0
    var w1 = 0.0
    for j in w.indices where w[j] != 0 {
      let size = abs(w[j])
      nonZero += 1
      spread += size * columnNorms[j]
      wc += w[j] * c[j]
      wg += w[j] * g[j]
      absWC += size * abs(c[j])
      absWG += size * abs(g[j])
      ww += w[j] * w[j]
      w1 += size
    }
    let sumError = Self.gamma(nonZero + 2)
    let deltaScale = 2 * (productError + Self.gamma(nonZero + 1)) * spread * (1 + 4 * u)
    // |wᵀĉ − wᵀc| and |wᵀĝ − wᵀg|, each with the rounding of its own sum.
    let wcError = productError * targetNorm * (spread - targetNorm) + sumError * absWC
    let wgError = deltaScale * (spread - targetNorm) + sumError * absWG
    let finalError = 4 * u * (targetNorm2 + abs(wc) + abs(wg))
    let yyError = rowSumError * targetNorm2
    let residualNorm2 = max(targetNorm2 - wc - wg, 0) + yyError + wcError + wgError + finalError
    let residualDotTargets = targetNorm2 - wc - (yyError + wcError + finalError)
    if l1 == 0 {
      var gradientNorm2 = 0.0  // an upper bound on ‖g‖²
      for k in g.indices {
        let size = abs(g[k]) + deltaScale * columnNorms[k]
        gradientNorm2 += size * size
      }
      gradientNorm2 *= 1 + Self.gamma(g.count + 2)
      if l2 == 0 { return gradientNorm2 }
      let gap = residualNorm2 + 0.5 * l2 * ww - residualDotTargets + gradientNorm2 / (2 * l2)
      return gap + 8 * u * (residualNorm2 + l2 * ww + abs(residualDotTargets))
    }
    var dualNorm = 0.0  // an upper bound on ‖X_cᵀr − λ₂w‖_∞
    for k in g.indices {
      dualNorm = max(
        dualNorm, abs(g[k] - l2 * w[k]) * (1 + 4 * u) + deltaScale * columnNorms[k])
    }
    let scale = dualNorm > l1 ? l1 / dualNorm * (1 - 4 * u) : 1
    let penalized = residualNorm2 + l2 * ww
    let gap = 0.5 * (1 + scale * scale) * penalized + l1 * w1 - scale * residualDotTargets
    return gap + 8 * u * (penalized + l1 * w1 + abs(residualDotTargets))
  }
}
