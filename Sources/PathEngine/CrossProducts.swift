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
/// inner loop combines a group of `u` columns with several `v` columns held in registers,
/// so every number loaded serves several products (`Kernel`: AVX2 + FMA tiles of 4 × 3 in
/// C where the CPU has them, else portable Swift tiles of 2 × 4). Groups of `u` columns
/// are split among the cores.
///
/// Each `C[a, b]` is summed in one fixed order that depends only on `n` and the kernel,
/// never on how the work was split or where the entry falls in a tile, so the result is
/// the same on every run on one machine. The two kernels round differently (four FMA lanes
/// against two lanes of separate multiplies and adds), so the bits may differ between
/// machines; each stays within its own bound (`roundingDepth(rows:kernel:)`).
enum CrossProducts {
  /// Rows per cache block: a group of 4 `u` blocks plus 3 `v` blocks is 28 KB.
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
  ///   - kernel: The code that computes the tiles (`Kernel.current` unless a test asks).
  static func products(
    _ u: [UnsafePointer<Double>], _ v: [UnsafePointer<Double>], rows: Int,
    symmetric: Bool = false, kernel: Kernel = .current
  ) -> [Double] {
    precondition(!symmetric || u == v, "a symmetric product needs u == v")
    let width = v.count
    var result = [Double](repeating: 0, count: u.count * width)
    if u.isEmpty || v.isEmpty || rows == 0 { return result }
    let groupWidth = kernel.groupWidth
    let groups = (u.count + groupWidth - 1) / groupWidth
    let work = Double(u.count) * Double(width) * Double(rows)
    // Below ~2 million multiply-adds a thread costs more than it saves. Groups are dealt
    // out in turn, so the parts stay balanced when a symmetric product skips tiles.
    let parts = min(groups, work < 2e6 ? 1 : 4 * cores)
    result.withUnsafeMutableBufferPointer { out in
      u.withUnsafeBufferPointer { u in
        v.withUnsafeBufferPointer { v in
          let shared = Shared(u: u, v: v, out: out)
          DispatchQueue.concurrentPerform(iterations: parts) { part in
            let mine = stride(from: part, to: groups, by: parts)
            var start = 0
            while start < width {
              let end = min(start + blockColumns, width)
              switch kernel {
              case .portable:
                accumulatePortable(
                  shared.u, pairs: mine, shared.v, start..<end, rows: rows, into: shared.out,
                  stride: width, symmetric: symmetric)
              case .avx2FMA:
                accumulateAVX2FMA(
                  shared.u, groups: mine, shared.v, start..<end, rows: rows,
                  into: shared.out, stride: width, symmetric: symmetric)
              }
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

  /// The buffers the parts share; each part writes only its own rows of `out`.
  struct Shared: @unchecked Sendable {
    let u: UnsafeBufferPointer<UnsafePointer<Double>>
    let v: UnsafeBufferPointer<UnsafePointer<Double>>
    let out: UnsafeMutableBufferPointer<Double>
  }
}
