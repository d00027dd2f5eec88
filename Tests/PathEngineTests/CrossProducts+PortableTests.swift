import Testing

@testable import PathEngine

@Suite("The portable cross-product kernel") struct CrossProductsPortableTests {
  @Test("a sum is done in two lanes, then l₀ + l₁, then an odd last row")
  func summationOrderIsTheDocumentedOne() {
    // Terms 2⁵³, 1, −2⁵³, 1, 1 (u_i·1): lane 0 holds 2⁵³ − 2⁵³ = 0, lane 1 holds 2, and
    // the last row makes 3 exactly; adding rows in turn would give 2 (2⁵³ + 1 rounds to
    // 2⁵³), and the AVX2 kernel's four lanes give 1.
    let u = [0x1p53, 1, -0x1p53, 1, 1]
    let ones = [Double](repeating: 1, count: 5)
    #expect(crossProducts([u], [ones], kernel: .portable) == [3])
    #expect(crossProducts([u, u, u], [ones, ones], kernel: .portable) == [3, 3, 3, 3, 3, 3])
    if CrossProducts.Kernel.avx2FMA.isSupported {
      #expect(crossProducts([u], [ones], kernel: .avx2FMA) == [1])
    }
  }
}
