import Testing

@testable import PathEngine
@testable import Regularization

@Suite("Working sets") struct WorkingSetTests {
  private static let design = try! CenteredDesign(
    features: SklearnFixture.load("informative").matrix,
    targets: SklearnFixture.load("informative").targets, fitIntercept: true)

  /// Every feature's Gram column, cached.
  private static let gram: GramColumns = {
    var gram = GramColumns(features: design.columns)
    design.columnMajor.withUnsafeBufferPointer { x in
      gram.cache(
        Array(0..<design.columns), priority: design.columnSquaredNorms, x: x, rows: design.rows,
        norms: design.columnSquaredNorms)
    }
    return gram
  }()

  @Test("a sweep over all features in ascending order does what the reference sweep does")
  func sweepMatchesReference() {
    let n = Double(Self.design.rows)
    let (l1, l2) = (0.3 * 0.7 * n, 0.3 * 0.3 * n)
    let zeros = [Double](repeating: 0, count: Self.design.columns)
    let correlations = Self.design.correlations(with: Self.design.targets)
    var set = WorkingSet(features: Self.design.columns)
    set.add(Array(0..<Self.design.columns), gram: Self.gram, w: zeros, g: correlations)
    var w = zeros
    var r = Self.design.residual(of: w)
    for _ in 0..<3 {
      _ = set.sweep(Array(0..<Self.design.columns), l1: l1, l2: l2)
      _ = CoordinateDescent.sweep(Self.design, l1: l1, l2: l2, w: &w, r: &r)
    }
    // The same updates with gradients kept by covariance instead of residual updates;
    // rounding differs in the last digits of w ~ 50: measured 2e-14.
    #expect(maxAbsDifference(set.w, w) <= 1e-11)
    // g_a tracks x_aᵀr (entries up to ~1e4): measured 1.2e-12.
    let gradient = Self.design.correlations(with: r)
    #expect(maxAbsDifference(set.g, gradient) <= 1e-9)
  }

  @Test("features added later get their Gram block; the set only grows")
  func addingExtendsTheBlock() {
    let zeros = [Double](repeating: 0, count: Self.design.columns)
    var set = WorkingSet(features: Self.design.columns)
    set.add([4, 1], gram: Self.gram, w: zeros, g: zeros)
    set.add(Array(0..<Self.design.columns), gram: Self.gram, w: zeros, g: zeros)
    #expect(set.members.count == Self.design.columns)
    #expect(Array(set.members.prefix(3)) == [4, 1, 0])
    for (a, j) in set.members.enumerated() {
      for (b, k) in set.members.enumerated() {
        #expect(set.block[a * set.capacity + b] == Self.gram.storage[Self.gram.offset(of: j) + k])
      }
    }
  }

  @Test("descend stops once a whole-set sweep changes nothing by more than tol·max|w|")
  func descendStopsOnTheChangeCriterion() {
    let n = Double(Self.design.rows)
    let zeros = [Double](repeating: 0, count: Self.design.columns)
    var set = WorkingSet(features: Self.design.columns)
    set.add(
      Array(0..<Self.design.columns), gram: Self.gram, w: zeros,
      g: Self.design.correlations(with: Self.design.targets))
    var passes = 0
    set.descend(l1: 0.1 * n, l2: 0, tolerance: 1e-8, passes: &passes, limit: 10_000)
    #expect(passes < 10_000)
    let last = set.sweep(Array(0..<Self.design.columns), l1: 0.1 * n, l2: 0)
    let largest = set.w.map(abs).max() ?? 0
    // One more sweep after convergence moves at most a little beyond the stopping point.
    #expect(last.largestChange <= 1e-8 * largest)
    var capped = 0
    var fresh = WorkingSet(features: Self.design.columns)
    fresh.add(
      Array(0..<Self.design.columns), gram: Self.gram, w: zeros,
      g: Self.design.correlations(with: Self.design.targets))
    fresh.descend(l1: 0.1 * n, l2: 0, tolerance: 1e-8, passes: &capped, limit: 2)
    #expect(capped == 2)
  }
}
