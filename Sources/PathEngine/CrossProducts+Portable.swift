import Regularization

extension CrossProducts {
  /// `out[a·stride + b] += u_aᵀv_b` for the `u` columns of the given pairs and `b ∈ vs`,
  /// block of rows by block (with `symmetric`, only tiles that reach `b ≥ a`): the portable
  /// kernel, in Swift, for any CPU.
  ///
  /// Per entry and block: two lanes, lane `l` summing the products of rows `i ≡ l (mod 2)`
  /// (each product rounded, then added), then `l₀ + l₁`, then an odd last row.
  static func accumulatePortable(
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
  static func column(
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
  static func tile(
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
  static func pair(_ p: UnsafePointer<Double>) -> SIMD2<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD2<Double>.self)
  }
}
