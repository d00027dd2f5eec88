import Testing

@testable import PathEngine
@testable import Regularization

@Suite("Gram columns") struct GramColumnsTests {
  private static let design = try! CenteredDesign(
    features: SklearnFixture.load("correlated").matrix,
    targets: SklearnFixture.load("correlated").targets, fitIntercept: true)

  /// A cache filled by `requests`, one `cache` call each, with priority `|x_kᵀy_c|`.
  private static func cache(_ requests: [[Int]]) -> GramColumns {
    var gram = GramColumns(features: design.columns)
    let priority = design.correlations(with: design.targets).map(abs)
    design.columnMajor.withUnsafeBufferPointer { x in
      for request in requests {
        gram.cache(
          request, priority: priority, x: x, rows: design.rows, norms: design.columnSquaredNorms)
      }
    }
    return gram
  }

  @Test(
    "a cached column holds x_kᵀx_j for every k, and G stays exactly symmetric",
    arguments: CrossProducts.Kernel.supported)
  func columnsAreInnerProducts(kernel: CrossProducts.Kernel) {
    let gram = using(kernel) { Self.cache([[3], [40, 41], [79]]) }
    let (x, _) = centeredRows(
      SklearnFixture.load("correlated").features, SklearnFixture.load("correlated").targets)
    for j in gram.cached {
      for k in 0..<Self.design.columns {
        let entry = gram.storage[gram.offset(of: j) + k]
        // Sums of 50 products in another order; the columns have norms ≈ 7: ≤ 1e-13.
        #expect(abs(entry - plainDot(column(x, k), column(x, j))) <= 1e-12)
        if gram.slots[k] >= 0 { #expect(entry == gram.storage[gram.offset(of: k) + j]) }
      }
    }
  }

  @Test("a request for fewer columns than a batch is topped up by priority")
  func batchesGrow() {
    let first = Self.cache([[5]])
    #expect(first.cached.count == GramColumns.minimumBatch)
    let priority = Self.design.correlations(with: Self.design.targets).map(abs)
    let expected = (0..<Self.design.columns).filter { $0 != 5 }
      .sorted { priority[$0] > priority[$1] }.prefix(GramColumns.minimumBatch - 1)
    #expect(Set(first.cached) == Set(expected).union([5]))
    let missing = (0..<Self.design.columns).first { first.slots[$0] < 0 } ?? 0
    let second = Self.cache([[5], [missing]])
    #expect(second.cached.count == 2 * GramColumns.minimumBatch)
    // A request for more than a batch's worth of new columns computes just those.
    let missingOfForty = (0..<40).filter { first.slots[$0] < 0 }.count
    #expect(missingOfForty > GramColumns.minimumBatch)
    let third = Self.cache([[5], Array(0..<40)])
    #expect(third.cached.count == GramColumns.minimumBatch + missingOfForty)
  }

  @Test("asking again for cached columns computes nothing")
  func cachedColumnsAreKept() {
    let gram = Self.cache([[7], [7]])
    #expect(gram.cached.count == GramColumns.minimumBatch)
    #expect(gram.storage.count == GramColumns.minimumBatch * Self.design.columns)
  }

  @Test("a column that is constant before centering is never computed; its entries are 0")
  func constantColumnsStayZero() throws {
    var rows = SklearnFixture.load("informative").features
    for i in rows.indices { rows[i][2] = 4 }
    let design = try CenteredDesign(
      features: Matrix(rowArrays: rows), targets: SklearnFixture.load("informative").targets,
      fitIntercept: true)
    var gram = GramColumns(features: design.columns)
    design.columnMajor.withUnsafeBufferPointer { x in
      gram.cache(
        Array(0..<design.columns).filter { $0 != 2 }, priority: design.columnSquaredNorms,
        x: x, rows: design.rows, norms: design.columnSquaredNorms)
    }
    #expect(gram.slots[2] == -1)
    #expect(gram.cached.allSatisfy { gram.storage[gram.offset(of: $0) + 2] == 0 })
  }
}
