import Dispatch
import Foundation
import Regularization

/// Many inner products between two sets of columns at once: the kernel behind the fast
/// solver's Gram columns and its exact duality-gap checks.
///
///     C[a, b] = u_aᵀv_b = Σ_{i<n} u_a[i]·v_b[i]
///
/// One product at a time would read every column from memory once per product. Here the
/// rows are taken in blocks of `blockRows` that stay in the cache, and each step of the
/// inner loop combines two `u` columns with four `v` columns (eight running sums of two
/// lanes each, which the compiler keeps in SSE registers), so every number loaded serves
/// several products. The `u` columns are split among the cores.
///
/// Each `C[a, b]` is summed in one fixed order that depends only on `n`, never on how the
/// work was split, so the result is the same on every run and every machine.
enum CrossProducts {
  /// Rows per cache block: a pair of `u` blocks plus four `v` blocks is 24 KB.
  static let blockRows = 512
  /// `v` columns per pass over the `u` columns: 64 blocks of 4 KB stay in a 1 MB L2.
  static let blockColumns = 64
  /// The number of cores to split work over (at least 1).
  static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

  /// `C` as a row-major `u.count × v.count` array.
  ///
  /// - Parameters:
  ///   - u: Pointers to columns of `rows` contiguous values each.
  ///   - v: Pointers to columns of `rows` contiguous values each.
  ///   - symmetric: `u` and `v` are the same columns; only `C[a, b]` with `b ≥ a` is
  ///     computed (half the work) and mirrored below the diagonal.
  static func products(
    _ u: [UnsafePointer<Double>], _ v: [UnsafePointer<Double>], rows: Int,
    symmetric: Bool = false
  ) -> [Double] {
    precondition(!symmetric || u == v, "a symmetric product needs u == v")
    let width = v.count
    var result = [Double](repeating: 0, count: u.count * width)
    if u.isEmpty || v.isEmpty || rows == 0 { return result }
    let pairs = (u.count + 1) / 2
    let work = Double(u.count) * Double(width) * Double(rows)
    // Below ~2 million multiply-adds a thread costs more than it saves. Pairs are dealt out
    // in turn, so the parts stay balanced when a symmetric product skips tiles.
    let parts = min(pairs, work < 2e6 ? 1 : 4 * cores)
    result.withUnsafeMutableBufferPointer { out in
      u.withUnsafeBufferPointer { u in
        v.withUnsafeBufferPointer { v in
          let shared = Shared(u: u, v: v, out: out)
          DispatchQueue.concurrentPerform(iterations: parts) { part in
            var start = 0
            while start < width {
              let end = min(start + blockColumns, width)
              accumulate(
                shared.u, pairs: stride(from: part, to: pairs, by: parts), shared.v,
                start..<end, rows: rows, into: shared.out, stride: width, symmetric: symmetric)
              start = end
            }
          }
        }
      }
    }
    if symmetric {
      for a in 0..<u.count {
        for b in 0..<a { result[a * width + b] = result[b * width + a] }
      }
    }
    return result
  }

  /// The number of roundings each `C[a, b]` goes through at most, `d`, so that
  ///
  ///     |computed C[a, b] − u_aᵀv_b| ≤ γ_d·Σ_i |u_a[i]·v_b[i]|,   γ_d = d·u/(1 − d·u)
  ///
  /// with `u = 2⁻⁵³` (Higham, "Accuracy and Stability of Numerical Algorithms", §3.1):
  /// ⌈blockRows/2⌉ terms per lane and block, the lane sum, an odd last row, and one
  /// addition per block.
  static func roundingDepth(rows: Int) -> Int {
    (min(rows, blockRows) + 1) / 2 + 2 + (rows + blockRows - 1) / blockRows
  }

  /// The buffers the parts share; each part writes only its own rows of `out`.
  struct Shared: @unchecked Sendable {
    let u: UnsafeBufferPointer<UnsafePointer<Double>>
    let v: UnsafeBufferPointer<UnsafePointer<Double>>
    let out: UnsafeMutableBufferPointer<Double>
  }
}
