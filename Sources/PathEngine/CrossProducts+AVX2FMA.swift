import PathEngineKernels

extension CrossProducts {
  /// `out[a·stride + b] += u_aᵀv_b` for the `u` columns of the given groups of 4 and
  /// `b ∈ vs`, block of rows by block, through the C kernel `pe_cross_group_avx2_fma`
  /// (with `symmetric`, only tiles that reach `b ≥ a`). Call only where
  /// `Kernel.avx2FMA.isSupported`.
  ///
  /// Per entry and block: four lanes, lane `l` summing rows `i ≡ l (mod 4)` by fused
  /// multiply-adds, a partial last quad masked to zero, then `(l₀ + l₁) + (l₂ + l₃)`.
  static func accumulateAVX2FMA(
    _ u: UnsafeBufferPointer<UnsafePointer<Double>>, groups: StrideTo<Int>,
    _ v: UnsafeBufferPointer<UnsafePointer<Double>>, _ vs: Range<Int>, rows: Int,
    into out: UnsafeMutableBufferPointer<Double>, stride: Int, symmetric: Bool
  ) {
    precondition(Kernel.avx2FMA.isSupported, "the AVX2 + FMA kernel needs a CPU that has them")
    guard let uBase = u.baseAddress, let vBase = v.baseAddress, let outBase = out.baseAddress
    else { return }
    // `UnsafePointer<Double>` and C's `const double *` (imported as an optional) share
    // one layout.
    let left = UnsafeRawPointer(uBase).assumingMemoryBound(to: UnsafePointer<Double>?.self)
    let right = UnsafeRawPointer(vBase).assumingMemoryBound(to: UnsafePointer<Double>?.self)
    let width = Kernel.avx2FMA.groupWidth
    var start = 0
    while start < rows {
      let length = min(blockRows, rows - start)
      for group in groups {
        let first = group * width
        pe_cross_group_avx2_fma(
          left, first, min(width, u.count - first), right, vs.lowerBound, vs.upperBound,
          start, length, outBase, stride, symmetric)
      }
      start += length
    }
  }
}
