import Testing

@testable import PathEngine
@testable import Regularization

/// `count` columns of `rows` values from a fixed recurrence (values in [−1, 1)).
private func columns(_ count: Int, rows: Int, seed: UInt64) -> [[Double]] {
  var rng = Xoshiro256StarStar(seed: seed)
  return (0..<count).map { _ in (0..<rows).map { _ in rng.uniform(in: -1..<1) } }
}

/// Every kernel this machine runs.
private let kernels = CrossProducts.Kernel.supported

@Suite("Cross products") struct CrossProductsTests {
  @Test(
    "every entry is u_aᵀv_b, for odd and even sizes, one or many blocks of rows",
    arguments: [(1, 1, 1), (3, 5, 7), (7, 4, 513), (5, 9, 1030), (2, 1, 2000)], kernels)
  func entriesAreInnerProducts(sizes: (u: Int, v: Int, rows: Int), kernel: CrossProducts.Kernel) {
    let u = columns(sizes.u, rows: sizes.rows, seed: 1)
    let v = columns(sizes.v, rows: sizes.rows, seed: 2)
    let c = crossProducts(u, v, kernel: kernel)
    for a in 0..<sizes.u {
      for b in 0..<sizes.v {
        // Sums of ≤ 2000 products of size ≤ 1 in another order: ≤ 2000·2⁻⁵³ ≈ 2e-13.
        #expect(abs(c[a * sizes.v + b] - plainDot(u[a], v[b])) <= 1e-12)
      }
    }
  }

  @Test(
    "each entry is bit for bit the same however the work is split among cores and tiles",
    arguments: kernels)
  func resultDoesNotDependOnTheSplit(kernel: CrossProducts.Kernel) {
    // 40 × 30 × 2000 = 2.4 million multiply-adds: split among the cores.
    let u = columns(40, rows: 2000, seed: 3)
    let v = columns(30, rows: 2000, seed: 4)
    let whole = crossProducts(u, v, kernel: kernel)
    for (a, b) in [(0, 0), (17, 29), (39, 3)] {
      #expect(crossProducts([u[a]], [v[b]], kernel: kernel)[0] == whole[a * 30 + b])
    }
    // Another part of u and v: every tile shape and place, one core.
    let some = crossProducts(Array(u[5..<12]), Array(v[1..<6]), kernel: kernel)
    for a in 0..<7 {
      for b in 0..<5 { #expect(some[a * 5 + b] == whole[(a + 5) * 30 + b + 1]) }
    }
    #expect(crossProducts(u, v, kernel: kernel) == whole)
  }

  @Test(
    "a symmetric product equals the full one above the diagonal and mirrors it below",
    arguments: kernels)
  func symmetricProductIsHalfTheWork(kernel: CrossProducts.Kernel) {
    let u = columns(11, rows: 700, seed: 5)
    let full = crossProducts(u, u, kernel: kernel)
    let half = crossProducts(u, [], symmetric: true, kernel: kernel)
    for a in 0..<11 {
      for b in 0..<11 {
        #expect(half[a * 11 + b] == half[b * 11 + a])
        if b >= a { #expect(half[a * 11 + b] == full[a * 11 + b]) }
      }
    }
  }

  @Test("empty inputs give an empty or zero result", arguments: kernels)
  func emptyInputs(kernel: CrossProducts.Kernel) {
    #expect(crossProducts([], columns(2, rows: 3, seed: 6), kernel: kernel).isEmpty)
    #expect(
      crossProducts(columns(2, rows: 0, seed: 6), columns(1, rows: 0, seed: 7), kernel: kernel)
        == [0, 0])
  }
}
