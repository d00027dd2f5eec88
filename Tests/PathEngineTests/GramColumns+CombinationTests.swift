import Testing

@testable import PathEngine
@testable import Regularization

@Suite("Gram-column combinations") struct GramColumnsCombinationTests {
  private static let design = try! CenteredDesign(
    features: SklearnFixture.load("correlated").matrix,
    targets: SklearnFixture.load("correlated").targets, fitIntercept: true)

  /// Every column cached, and `count` non-zero coefficients spread over the features.
  private static func problem(nonZeros count: Int) -> (GramColumns, [Double]) {
    var gram = GramColumns(features: design.columns)
    design.columnMajor.withUnsafeBufferPointer { x in
      gram.cache(
        Array(0..<design.columns), priority: design.columnSquaredNorms, x: x,
        rows: design.rows, norms: design.columnSquaredNorms)
    }
    var w = [Double](repeating: 0, count: design.columns)
    for a in 0..<count { w[(a * 37 + 5) % design.columns] = 0.1 * Double(a + 1) - 0.35 }
    return (gram, w)
  }

  /// `c − Σ_j w_j·G[·, j]` one column at a time, in the given order of `j`.
  private static func oneAtATime(_ gram: GramColumns, _ w: [Double], _ c: [Double], _ order: [Int])
    -> [Double]
  {
    var out = c
    for j in order where w[j] != 0 {
      for k in out.indices { out[k] -= w[j] * gram.storage[gram.offset(of: j) + k] }
    }
    return out
  }

  @Test(
    "four columns at a time round exactly as one at a time, in ascending j",
    arguments: [0, 1, 3, 4, 5, 8, 9, 30])
  func matchesOneColumnAtATime(nonZeros: Int) {
    let (gram, w) = Self.problem(nonZeros: nonZeros)
    let c = Self.design.correlations(with: Self.design.targets)
    let ascending = Array(0..<Self.design.columns)
    #expect(gram.subtracting(w, from: c) == Self.oneAtATime(gram, w, c, ascending))
  }

  @Test("the same columns subtracted in descending j round differently")
  func orderIsVisible() {
    let (gram, w) = Self.problem(nonZeros: 30)
    let c = Self.design.correlations(with: Self.design.targets)
    let descending = Array((0..<Self.design.columns).reversed())
    let other = Self.oneAtATime(gram, w, c, descending)
    let fast = gram.subtracting(w, from: c)
    #expect(fast != other)
    // Only the rounding differs: terms of size ≤ ‖x_k‖·‖x_j‖·|w_j| ≈ 50 · 1.5.
    #expect(maxAbsDifference(fast, other) <= 1e-11)
  }
}
