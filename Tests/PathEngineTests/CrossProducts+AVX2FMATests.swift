import Testing

@testable import PathEngine
@testable import Regularization

@Suite(
  "The AVX2 + FMA cross-product kernel",
  .enabled(if: CrossProducts.Kernel.avx2FMA.isSupported, "this CPU lacks AVX2 or FMA"))
struct CrossProductsAVX2FMATests {
  @Test(
    "it agrees with the portable kernel within the sum of their two bounds",
    arguments: [(1, 1, 3), (4, 3, 4), (6, 5, 517), (11, 7, 1024), (3, 13, 2049)])
  func agreesWithThePortableKernel(sizes: (u: Int, v: Int, rows: Int)) {
    var rng = Xoshiro256StarStar(seed: 21)
    let u = (0..<sizes.u).map { _ in rng.normals(count: sizes.rows) }
    let v = (0..<sizes.v).map { _ in rng.normals(count: sizes.rows) }
    let fast = crossProducts(u, v, kernel: .avx2FMA)
    let portable = crossProducts(u, v, kernel: .portable)
    let depths = [CrossProducts.Kernel.avx2FMA, .portable].map {
      CrossProducts.roundingDepth(rows: sizes.rows, kernel: $0)
    }
    let gamma = CertifiedGap.gamma(depths[0]) + CertifiedGap.gamma(depths[1])
    for a in 0..<sizes.u {
      for b in 0..<sizes.v {
        let absolute = zip(u[a], v[b]).reduce(0) { $0 + abs($1.0 * $1.1) } * (1 + 1e-12)
        #expect(abs(fast[a * sizes.v + b] - portable[a * sizes.v + b]) <= gamma * absolute)
      }
    }
  }

  @Test("a sum is done in four FMA lanes, then (l₀ + l₁) + (l₂ + l₃)")
  func summationOrderIsTheDocumentedOne() {
    // Terms 2⁵³, 1, 1, 1, −2⁵³, 1, 1, 1 (u_i·1): lane 0 holds 2⁵³ − 2⁵³ = 0, lanes 1 to 3
    // hold 1 + 1 = 2 each, so the sum is 6 exactly; one lane adding rows in turn would
    // lose the 1s next to 2⁵³, and the portable kernel's two lanes lose one (5).
    let u = [0x1p53, 1, 1, 1, -0x1p53, 1, 1, 1]
    let ones = [Double](repeating: 1, count: 8)
    #expect(crossProducts([u], [ones], kernel: .avx2FMA) == [6])
    #expect(crossProducts([u], [ones], kernel: .portable) == [5])
  }
}
