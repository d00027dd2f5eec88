import Testing

@testable import Regularization

@Suite("Preparing a centered design") struct CenteredDesignPreparationTests {
  /// A matrix of `rows × columns` values from a fixed recurrence, in [−1, 1).
  private func matrix(rows: Int, columns: Int) throws -> Matrix {
    var rng = SplitMix64(seed: 17)
    let elements = (0..<rows * columns).map { _ in Double(rng.next() >> 11) * 0x1p-52 - 1 }
    return try Matrix(rows: rows, columns: columns, elements: elements)
  }

  @Test(
    "means and the transpose are bit for bit the plain loops', on one core and on several",
    arguments: [(30, 7), (1100, 1000)])  // 1.1·10⁶ entries: above `parallelEntries`
  func matchesPlainLoops(rows: Int, columns: Int) throws {
    let x = try matrix(rows: rows, columns: columns)
    #expect((rows * columns >= CenteredDesign.parallelEntries) == (rows > 1000))
    var sums = [Double](repeating: 0, count: columns)
    for i in 0..<rows { for j in 0..<columns { sums[j] += x[i, j] } }
    let means = sums.map { $0 / Double(rows) }
    #expect(CenteredDesign.columnMeans(x) == means)
    let centered = CenteredDesign.centeredColumns(x, means: means)
    var mismatches = 0
    for j in 0..<columns {
      for i in 0..<rows where centered[j * rows + i] != x[i, j] - means[j] { mismatches += 1 }
    }
    #expect(mismatches == 0)
    // The check can fail: a transpose without the centering is caught.
    let uncentered = CenteredDesign.centeredColumns(
      x, means: [Double](repeating: 0, count: columns))
    #expect(uncentered != centered)
  }
}
