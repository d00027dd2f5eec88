import Testing

@testable import PathEngine
@testable import Regularization

/// Every kernel this machine runs.
private let kernels = CrossProducts.Kernel.supported

@Suite("Cross products' rounding bound") struct CrossProductsRoundingDepthTests {
  @Test("the rounding depth counts lanes, lane sums and blocks, per kernel")
  func roundingDepths() {
    // ⌈L/2⌉ + 2 + blocks and ⌈L/4⌉ + 2 + blocks, L = min(rows, 512).
    #expect(CrossProducts.roundingDepth(rows: 1, kernel: .portable) == 1 + 2 + 1)
    #expect(CrossProducts.roundingDepth(rows: 1, kernel: .avx2FMA) == 1 + 2 + 1)
    #expect(CrossProducts.roundingDepth(rows: 7, kernel: .portable) == 4 + 2 + 1)
    #expect(CrossProducts.roundingDepth(rows: 7, kernel: .avx2FMA) == 2 + 2 + 1)
    #expect(CrossProducts.roundingDepth(rows: 3001, kernel: .portable) == 256 + 2 + 6)
    #expect(CrossProducts.roundingDepth(rows: 3001, kernel: .avx2FMA) == 128 + 2 + 6)
    let current = CrossProducts.Kernel.current
    #expect(
      CrossProducts.roundingDepth(rows: 50)
        == CrossProducts.roundingDepth(
          rows: 50, kernel: current))
  }

  @Test("the error stays within γ_d·Σ|u_i·v_i|, d = roundingDepth(rows:)", arguments: kernels)
  func errorIsWithinTheRoundingBound(kernel: CrossProducts.Kernel) {
    // Large cancellation: u_i·v_i alternate in sign around a common size.
    let rows = 3001
    var first: [Double] = []
    var second: [Double] = []
    for i in 0..<rows {
      let sign: Double = i % 2 == 0 ? 1 : -1
      first.append(sign * (1 + Double(i % 7) / 1024))
      second.append(1e8 + Double(i % 13))
    }
    let computed = crossProducts([first], [second], kernel: kernel)[0]
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
    let depth = CrossProducts.roundingDepth(rows: rows, kernel: kernel)
    #expect(abs(computed - exact) <= CertifiedGap.gamma(depth) * absolute)
  }

  @Test(
    "every entry of every kernel is within its γ_d of the exact sum",
    arguments: [1, 2, 3, 4, 5, 7, 8, 511, 512, 513, 1027, 2600], kernels)
  func integerProductsAreWithinTheBound(rows: Int, kernel: CrossProducts.Kernel) {
    let depth = CrossProducts.roundingDepth(rows: rows, kernel: kernel)
    // Shapes that leave every remainder of 2 × 4 and 4 × 3 tiles, signed and not.
    for (shape, signed) in [((1, 1), false), ((5, 7), true), ((9, 13), false), ((13, 1), true)] {
      let u = IntegerColumns(shape.0, rows: rows, seed: UInt64(rows), signed: signed).columns
      let v = IntegerColumns(shape.1, rows: rows, seed: UInt64(rows) + 1, signed: signed).columns
      let c = crossProducts(u, v, kernel: kernel)
      for a in u.indices {
        for b in v.indices {
          let (sum, absolute) = IntegerColumns.exact(u[a], v[b])
          #expect(
            isWithinRoundingBound(c[a * v.count + b], exact: sum, absolute: absolute, depth: depth))
        }
      }
    }
    for count in [1, 6, 7, 13] {
      let u = IntegerColumns(count, rows: rows, seed: UInt64(rows) + 2, signed: false).columns
      let c = crossProducts(u, [], symmetric: true, kernel: kernel)
      for a in u.indices {
        for b in u.indices {
          let (sum, absolute) = IntegerColumns.exact(u[a], u[b])
          #expect(
            isWithinRoundingBound(c[a * count + b], exact: sum, absolute: absolute, depth: depth))
        }
      }
    }
  }

  @Test("the bound check refuses a result moved past γ_d, or any rounding when d = 0")
  func boundCheckCanFail() {
    let u = IntegerColumns(3, rows: 1500, seed: 9, signed: false).columns
    let (sum, absolute) = IntegerColumns.exact(u[0], u[1])
    for kernel in kernels {
      let depth = CrossProducts.roundingDepth(rows: 1500, kernel: kernel)
      let computed = crossProducts(u, u, kernel: kernel)[1]
      #expect(isWithinRoundingBound(computed, exact: sum, absolute: absolute, depth: depth))
      let allowance = (CertifiedGap.gamma(depth) * Double(absolute)).rounded(.up)
      #expect(
        !isWithinRoundingBound(
          computed + 2 * allowance, exact: sum, absolute: absolute, depth: depth))
      // Positive sums of this size pass 2⁵³ and round: the exact value is not what came out.
      #expect(!isWithinRoundingBound(computed, exact: sum, absolute: absolute, depth: 0))
    }
  }
}
