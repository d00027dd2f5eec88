import Dispatch
import Foundation

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
  private struct Shared: @unchecked Sendable {
    let u: UnsafeBufferPointer<UnsafePointer<Double>>
    let v: UnsafeBufferPointer<UnsafePointer<Double>>
    let out: UnsafeMutableBufferPointer<Double>
  }

  /// `out[a·stride + b] += u_aᵀv_b` for the `u` columns of the given pairs and `b ∈ vs`,
  /// block of rows by block (with `symmetric`, only tiles that reach `b ≥ a`).
  private static func accumulate(
    _ u: UnsafeBufferPointer<UnsafePointer<Double>>, pairs: StrideTo<Int>,
    _ v: UnsafeBufferPointer<UnsafePointer<Double>>, _ vs: Range<Int>, rows: Int,
    into out: UnsafeMutableBufferPointer<Double>, stride: Int, symmetric: Bool
  ) {
    var start = 0
    while start < rows {
      let length = min(blockRows, rows - start)
      for pair in pairs {
        let a = 2 * pair
        // An odd last column is paired with itself; only its first row of sums is kept.
        let hasSecond = a + 1 < u.count
        let u0 = u[a] + start
        let u1 = u[hasSecond ? a + 1 : a] + start
        var b = vs.lowerBound
        if v.count == 1 {
          let sums = column(u0, u1, v[b] + start, length: length)
          out[a * stride + b] += sums.first
          if hasSecond { out[(a + 1) * stride + b] += sums.second }
          continue
        }
        while b < vs.upperBound {
          let count = min(4, vs.upperBound - b)
          if symmetric && b + 3 < a {
            b += 4
            continue
          }
          let sums = tile(
            u0, u1, v[b] + start, v[b + min(1, count - 1)] + start,
            v[b + min(2, count - 1)] + start, v[b + min(3, count - 1)] + start,
            length: length)
          for k in 0..<count {
            out[a * stride + b + k] += sums.first[k]
            if hasSecond { out[(a + 1) * stride + b + k] += sums.second[k] }
          }
          b += 4
        }
      }
      start += length
    }
  }

  /// `u_0ᵀv` and `u_1ᵀv` over `length` rows, with the same lanes and order as `tile` (two
  /// independent running sums, so the additions overlap).
  @inline(__always)
  private static func column(
    _ u0: UnsafePointer<Double>, _ u1: UnsafePointer<Double>, _ v: UnsafePointer<Double>,
    length: Int
  ) -> (first: Double, second: Double) {
    var s0 = SIMD2<Double>()
    var s1 = SIMD2<Double>()
    let even = length & ~1
    var i = 0
    while i < even {
      let y = pair(v + i)
      s0 += pair(u0 + i) * y
      s1 += pair(u1 + i) * y
      i += 2
    }
    var first = s0.sum()
    var second = s1.sum()
    if even < length {
      first += u0[even] * v[even]
      second += u1[even] * v[even]
    }
    return (first, second)
  }

  /// The eight sums `u_sᵀv_t` over `length` rows, `s ∈ {0, 1}`, `t ∈ {0, 1, 2, 3}`: pairs
  /// of rows go through two-lane vectors, then the lanes are added, then an odd last row.
  @inline(__always)
  private static func tile(
    _ u0: UnsafePointer<Double>, _ u1: UnsafePointer<Double>, _ v0: UnsafePointer<Double>,
    _ v1: UnsafePointer<Double>, _ v2: UnsafePointer<Double>, _ v3: UnsafePointer<Double>,
    length: Int
  ) -> (first: SIMD4<Double>, second: SIMD4<Double>) {
    var s00 = SIMD2<Double>()
    var s01 = SIMD2<Double>()
    var s02 = SIMD2<Double>()
    var s03 = SIMD2<Double>()
    var s10 = SIMD2<Double>()
    var s11 = SIMD2<Double>()
    var s12 = SIMD2<Double>()
    var s13 = SIMD2<Double>()
    let even = length & ~1
    var i = 0
    while i < even {
      let x0 = pair(u0 + i)
      let x1 = pair(u1 + i)
      let y0 = pair(v0 + i)
      let y1 = pair(v1 + i)
      let y2 = pair(v2 + i)
      let y3 = pair(v3 + i)
      s00 += x0 * y0
      s01 += x0 * y1
      s02 += x0 * y2
      s03 += x0 * y3
      s10 += x1 * y0
      s11 += x1 * y1
      s12 += x1 * y2
      s13 += x1 * y3
      i += 2
    }
    var first = SIMD4(s00.sum(), s01.sum(), s02.sum(), s03.sum())
    var second = SIMD4(s10.sum(), s11.sum(), s12.sum(), s13.sum())
    if even < length {
      let last = SIMD4(v0[even], v1[even], v2[even], v3[even])
      first += u0[even] * last
      second += u1[even] * last
    }
    return (first, second)
  }

  @inline(__always)
  private static func pair(_ p: UnsafePointer<Double>) -> SIMD2<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD2<Double>.self)
  }
}
