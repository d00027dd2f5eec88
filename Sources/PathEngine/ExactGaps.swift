import Dispatch
import Regularization

/// The duality gap of many solutions, each computed directly from the data: the residual
/// `r_k = y_c − X_c·w_k` explicitly, then `X_cᵀr_k` for every feature, then `G` as in
/// `DualityGap`. Nothing comes from the solver's bookkeeping.
///
/// Done one solution at a time this reads all of `X` per solution; here the residuals of up
/// to `CrossProducts.blockColumns` solutions are built first (rows split among the cores)
/// and `X_cᵀ[r_1 … r_K]` is one `CrossProducts` call, so the O(n·p) per solution runs at
/// the speed of arithmetic rather than of memory.
enum ExactGaps {
  /// `G(w_k)` in the solver's scale, for each `k`.
  ///
  /// - Parameters:
  ///   - x: `X_c` column-major, `rows` values per column.
  ///   - y: `y_c`.
  ///   - solutions: The coefficient vectors `w_k`.
  ///   - penalties: `(λ₁, λ₂)` for each `w_k`.
  static func values(
    x: UnsafeBufferPointer<Double>, y: UnsafeBufferPointer<Double>, rows: Int,
    solutions: [[Double]], penalties: [(l1: Double, l2: Double)]
  ) -> [Double] {
    guard let xBase = x.baseAddress, let yBase = y.baseAddress, rows > 0 else {
      return solutions.indices.map { k in
        DualityGap.value(
          residualNorm2: 0, residualDotTargets: 0,
          correlations: [Double](repeating: 0, count: solutions[k].count),
          coefficients: solutions[k], l1: penalties[k].l1, l2: penalties[k].l2)
      }
    }
    let p = solutions.first?.count ?? 0
    let columns = (0..<p).map { xBase + $0 * rows }
    var gaps: [Double] = []
    gaps.reserveCapacity(solutions.count)
    var first = 0
    while first < solutions.count {
      let batch = Array(solutions[first..<min(first + CrossProducts.blockColumns, solutions.count)])
      var residuals = Self.residuals(x: xBase, y: yBase, rows: rows, solutions: batch)
      residuals.withUnsafeMutableBufferPointer { r in
        guard let r = r.baseAddress else { return }
        let width = batch.count
        let correlations = CrossProducts.products(
          columns, (0..<width).map { UnsafePointer(r + $0 * rows) }, rows: rows)
        for b in 0..<width {
          let residual = UnsafeBufferPointer(start: r + b * rows, count: rows)
          let (l1, l2) = penalties[first + b]
          gaps.append(
            DualityGap.value(
              residualNorm2: pairedDot(residual, residual),
              residualDotTargets: pairedDot(residual, y),
              correlations: (0..<p).map { correlations[$0 * width + b] },
              coefficients: batch[b], l1: l1, l2: l2))
        }
      }
      first += batch.count
    }
    return gaps
  }

  /// `[r_1 … r_K]` column-major (`rows` values each), `r_k = y − Σ_{j: w_kj ≠ 0} w_kj·x_j`.
  private static func residuals(
    x: UnsafePointer<Double>, y: UnsafePointer<Double>, rows: Int, solutions: [[Double]]
  ) -> [Double] {
    let nonZeros = solutions.map { w in w.indices.filter { w[$0] != 0 } }
    var result = [Double](repeating: 0, count: rows * solutions.count)
    let block = CrossProducts.blockRows
    let blocks = (rows + block - 1) / block
    let work = Double(rows) * Double(nonZeros.reduce(0) { $0 + $1.count + 1 })
    let parts = min(blocks, work < 2e6 ? 1 : 2 * CrossProducts.cores)
    result.withUnsafeMutableBufferPointer { out in
      let shared = Shared(x: x, y: y, out: out.baseAddress)
      DispatchQueue.concurrentPerform(iterations: parts) { part in
        guard let out = shared.out else { return }
        // Each part owns whole blocks of rows, so the active columns' blocks stay in cache
        // while every solution's residual is built on them.
        for index in (blocks * part / parts)..<(blocks * (part + 1) / parts) {
          let start = index * block
          let end = min(start + block, rows)
          for (k, w) in solutions.enumerated() {
            let r = out + k * rows
            for i in start..<end { r[i] = shared.y[i] }
            for j in nonZeros[k] {
              let column = shared.x + j * rows
              let weight = w[j]
              for i in start..<end { r[i] -= weight * column[i] }
            }
          }
        }
      }
    }
    return result
  }

  /// The buffers the parts share; each part writes only its own rows of `out`.
  private struct Shared: @unchecked Sendable {
    let x: UnsafePointer<Double>
    let y: UnsafePointer<Double>
    let out: UnsafeMutablePointer<Double>?
  }
}

/// `aᵀb` with two two-lane running sums (a fixed order, so the result is reproducible).
func pairedDot(_ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>) -> Double {
  let count = min(a.count, b.count)
  guard count > 0, let a = a.baseAddress, let b = b.baseAddress else { return 0 }
  var s0 = SIMD2<Double>()
  var s1 = SIMD2<Double>()
  var i = 0
  while i + 4 <= count {
    s0 +=
      UnsafeRawPointer(a + i).loadUnaligned(as: SIMD2<Double>.self)
      * UnsafeRawPointer(b + i).loadUnaligned(as: SIMD2<Double>.self)
    s1 +=
      UnsafeRawPointer(a + i + 2).loadUnaligned(as: SIMD2<Double>.self)
      * UnsafeRawPointer(b + i + 2).loadUnaligned(as: SIMD2<Double>.self)
    i += 4
  }
  var sum = (s0 + s1).sum()
  while i < count {
    sum += a[i] * b[i]
    i += 1
  }
  return sum
}
