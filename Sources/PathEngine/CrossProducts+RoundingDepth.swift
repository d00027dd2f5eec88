extension CrossProducts {
  /// The number of roundings each `C[a, b]` goes through at most, `d`, so that
  ///
  ///     |computed C[a, b] − u_aᵀv_b| ≤ γ_d·Σ_i |u_a[i]·v_b[i]|,   γ_d = d·u/(1 − d·u)
  ///
  /// with `u = 2⁻⁵³` (Higham, "Accuracy and Stability of Numerical Algorithms", §3.1): a
  /// term that goes through `k` roundings carries a factor within `γ_k` of 1. Per block of
  /// `L = min(rows, blockRows)` rows, then one addition per block:
  ///
  ///     portable:  ⌈L/2⌉ + 2 + blocks   (two lanes of L/2 multiply-then-add terms, the
  ///                                      lane sum, an odd last row)
  ///     avx2FMA:   ⌈L/4⌉ + 2 + blocks   (four lanes of ⌈L/4⌉ fused multiply-adds, one
  ///                                      rounding each, and the two-level lane sum)
  static func roundingDepth(rows: Int, kernel: Kernel = .current) -> Int {
    let length = min(rows, blockRows)
    let blocks = (rows + blockRows - 1) / blockRows
    switch kernel {
    case .portable: return (length + 1) / 2 + 2 + blocks
    case .avx2FMA: return (length + 3) / 4 + 2 + blocks
    }
  }
}
