import Testing

@testable import PathEngine
@testable import Regularization

@Suite("Exact duality gaps") struct ExactGapsTests {
  @Test(
    "the batched gaps equal DualityGap's one-at-a-time values", arguments: [1.0, 0.5, 0.0],
    CrossProducts.Kernel.supported)
  func matchesOneAtATime(l1Ratio: Double, kernel: CrossProducts.Kernel) throws {
    let fixture = SklearnFixture.load("correlated")
    let design = try CenteredDesign(
      features: fixture.matrix, targets: fixture.targets, fitIntercept: true)
    let n = Double(design.rows)
    // Solutions at several α, plus an arbitrary point; 70 of them, more than one batch.
    let path = ComputedPaths.path("correlated", l1Ratio: 1, tolerance: 1e-4)
    var solutions = Array(path.coefficients.prefix(69))
    solutions.append((0..<design.columns).map { Double($0 % 5) - 2 })
    let alphas = (0..<solutions.count).map { 0.01 * Double($0 + 1) }
    let penalties = alphas.map { (l1: $0 * l1Ratio * n, l2: $0 * (1 - l1Ratio) * n) }
    let gaps = using(kernel) {
      design.columnMajor.withUnsafeBufferPointer { x in
        design.targets.withUnsafeBufferPointer { y in
          ExactGaps.values(
            x: x, y: y, rows: design.rows, solutions: solutions, penalties: penalties)
        }
      }
    }
    for k in solutions.indices {
      let expected = DualityGap.value(
        design: design, coefficients: solutions[k], residual: design.residual(of: solutions[k]),
        l1: penalties[k].l1, l2: penalties[k].l2)
      // Same formulas, sums in another order: relative 1e-12 (measured 4e-16).
      #expect(abs(gaps[k] - expected) <= 1e-12 * max(abs(expected), squaredNorm(design.targets)))
    }
  }

  @Test("the paired dot product is aᵀb")
  func pairedDotIsTheInnerProduct() {
    let a = (0..<11).map { Double($0) - 3.5 }
    let b = (0..<11).map { 0.25 * Double($0 * $0) }
    let value = a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in pairedDot(a, b) }
    }
    // Every term and partial sum is a multiple of 1/8 below 2⁵³/8: exact.
    #expect(value == plainDot(a, b))
  }
}
