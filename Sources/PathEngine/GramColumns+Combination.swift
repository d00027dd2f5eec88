extension GramColumns {
  /// `c − Σ_{j: w_j ≠ 0} w_j·G[·, j]`, the columns subtracted in ascending `j`: the fast
  /// solver's gradient `X_cᵀr` recomputed from `w` alone.
  ///
  ///     out_k = (…((c_k − w_{j₁}·G[k, j₁]) − w_{j₂}·G[k, j₂]) − …) − w_{j_m}·G[k, j_m]
  ///
  /// Four columns are taken per pass over `k`, so each `out_k` is loaded and stored once per
  /// four columns instead of once per column; the operations on each `out_k`, and so its
  /// rounding, are those of one column at a time (each product rounded, then subtracted:
  /// every term goes through at most `m + 1` roundings, as `CertifiedGap` assumes).
  ///
  /// - Parameters:
  ///   - w: One coefficient per feature; every feature with `w_j ≠ 0` must be cached.
  ///   - c: One value per feature.
  /// - Complexity: O(p·m) for `m` non-zero coefficients.
  func subtracting(_ w: [Double], from c: [Double]) -> [Double] {
    precondition(w.count == features && c.count == features, "one value per feature")
    let active = w.indices.filter { w[$0] != 0 }
    var out = c
    let p = features
    out.withUnsafeMutableBufferPointer { out in
      storage.withUnsafeBufferPointer { storage in
        guard let out = out.baseAddress, let storage = storage.baseAddress else { return }
        var a = 0
        while a + 4 <= active.count {
          let (j0, j1, j2, j3) = (active[a], active[a + 1], active[a + 2], active[a + 3])
          let (g0, g1) = (storage + offset(of: j0), storage + offset(of: j1))
          let (g2, g3) = (storage + offset(of: j2), storage + offset(of: j3))
          let (w0, w1, w2, w3) = (w[j0], w[j1], w[j2], w[j3])
          for k in 0..<p {
            var value = out[k]
            value -= w0 * g0[k]
            value -= w1 * g1[k]
            value -= w2 * g2[k]
            value -= w3 * g3[k]
            out[k] = value
          }
          a += 4
        }
        for j in active[a...] {
          let column = storage + offset(of: j)
          let weight = w[j]
          for k in 0..<p { out[k] -= weight * column[k] }
        }
      }
    }
    return out
  }
}
