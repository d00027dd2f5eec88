import Testing

@testable import PathEngine
@testable import Regularization

/// `count` columns of `rows` values from a fixed recurrence (values in [−1, 1)).
private func columns(_ count: Int, rows: Int, seed: UInt64) -> [[Double]] {
  var rng = Xoshiro256StarStar(seed: seed)
  return (0..<count).map { _ in (0..<rows).map { _ in rng.uniform(in: -1..<1) } }
}

/// `C` computed by `CrossProducts` on `u` and `v` (`v` is ignored when `symmetric`).
private func products(_ u: [[Double]], _ v: [[Double]], symmetric: Bool = false) -> [Double] {
  let rows = u.first?.count ?? 0
  let flatU = u.flatMap { $0 }
  let flatV = v.flatMap { $0 }
  return flatU.withUnsafeBufferPointer { a in
    flatV.withUnsafeBufferPointer { b in
      let left = u.indices.map { a.baseAddress! + $0 * rows }
      let right = symmetric ? left : v.indices.map { b.baseAddress! + $0 * rows }
      return CrossProducts.products(left, right, rows: rows, symmetric: symmetric)
    }
  }
}

@Suite("Cross products") struct CrossProductsTests {
  @Test(
    "every entry is u_aᵀv_b, for odd and even sizes, one or many blocks of rows",
    arguments: [(1, 1, 1), (3, 5, 7), (7, 4, 513), (5, 9, 1030), (2, 1, 2000)])
  func entriesAreInnerProducts(uCount: Int, vCount: Int, rows: Int) {
    let u = columns(uCount, rows: rows, seed: 1)
    let v = columns(vCount, rows: rows, seed: 2)
    let c = products(u, v)
    for a in 0..<uCount {
      for b in 0..<vCount {
        // Sums of ≤ 2000 products of size ≤ 1 in another order: ≤ 2000·2⁻⁵³ ≈ 2e-13.
        #expect(abs(c[a * vCount + b] - plainDot(u[a], v[b])) <= 1e-12)
      }
    }
  }

  @Test("each entry is bit for bit the same however the work is split among cores")
  func resultDoesNotDependOnTheSplit() {
    // 40 × 30 × 2000 = 2.4 million multiply-adds: split among the cores.
    let u = columns(40, rows: 2000, seed: 3)
    let v = columns(30, rows: 2000, seed: 4)
    let whole = products(u, v)
    for (a, b) in [(0, 0), (17, 29), (39, 3)] {
      #expect(products([u[a]], [v[b]])[0] == whole[a * 30 + b])
    }
    #expect(products(u, v) == whole)
  }

  @Test("a symmetric product equals the full one above the diagonal and mirrors it below")
  func symmetricProductIsHalfTheWork() {
    let u = columns(11, rows: 700, seed: 5)
    let full = products(u, u)
    let half = products(u, [], symmetric: true)
    for a in 0..<11 {
      for b in 0..<11 {
        #expect(half[a * 11 + b] == half[b * 11 + a])
        if b >= a { #expect(half[a * 11 + b] == full[a * 11 + b]) }
      }
    }
  }

  @Test("the error stays within γ_d·Σ|u_i·v_i|, d = roundingDepth(rows:)")
  func errorIsWithinTheRoundingBound() {
    // Large cancellation: u_i·v_i alternate in sign around a common size.
    let rows = 3001
    var first: [Double] = []
    var second: [Double] = []
    for i in 0..<rows {
      let sign: Double = i % 2 == 0 ? 1 : -1
      first.append(sign * (1 + Double(i % 7) / 1024))
      second.append(1e8 + Double(i % 13))
    }
    let computed = products([first], [second])[0]
    // An exact reference: 1024·u_i and v_i are integers and every partial sum of their
    // products stays below 2⁵³, so that sum is exact; one division by 1024 is exact too.
    var exact = 0.0
    var absolute = 0.0
    for i in 0..<rows {
      let scaled: Double = (first[i] * 1024) * second[i]
      exact += scaled
      absolute += abs(scaled)
    }
    exact /= 1024
    absolute /= 1024
    let depth = CrossProducts.roundingDepth(rows: rows)
    #expect(depth == 256 + 2 + 6)
    #expect(abs(computed - exact) <= CertifiedGap.gamma(depth) * absolute)
  }

  @Test("empty inputs give an empty or zero result")
  func emptyInputs() {
    #expect(products([], columns(2, rows: 3, seed: 6)).isEmpty)
    #expect(products(columns(2, rows: 0, seed: 6), columns(1, rows: 0, seed: 7)) == [0, 0])
  }
}
