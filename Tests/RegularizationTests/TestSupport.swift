import Synchronization

@testable import Regularization

// Arithmetic the tests use to re-derive numbers without going through the library's own
// code paths (plain loops over `[[Double]]` rows).

/// `Σ a_i·b_i`.
func plainDot(_ a: [Double], _ b: [Double]) -> Double {
  var sum = 0.0
  for i in 0..<a.count { sum += a[i] * b[i] }
  return sum
}

/// Rows of `X − x̄` and `y − ȳ`, centered here with plain loops.
func centeredRows(_ rows: [[Double]], _ y: [Double]) -> (x: [[Double]], y: [Double]) {
  let n = Double(rows.count)
  let p = rows.first?.count ?? 0
  var means = [Double](repeating: 0, count: p)
  for row in rows { for j in 0..<p { means[j] += row[j] / n } }
  let yMean = y.reduce(0, +) / n
  return (rows.map { row in (0..<p).map { row[$0] - means[$0] } }, y.map { $0 - yMean })
}

/// Column `j` of a matrix given as rows.
func column(_ rows: [[Double]], _ j: Int) -> [Double] { rows.map { $0[j] } }

/// `y − X·w` for `X` given as rows.
func residualOf(_ rows: [[Double]], _ y: [Double], _ w: [Double]) -> [Double] {
  (0..<rows.count).map { y[$0] - plainDot(rows[$0], w) }
}

/// Paths on the fixtures computed with the library, once per test run and shared by the
/// suites that check them (a tight path on the 50 × 80 data set takes seconds in debug).
enum ComputedPaths {
  /// The reference solver's path.
  static func path(_ name: String, l1Ratio: Double, tolerance: Double) -> ElasticNetPath {
    cached("reference \(name) \(l1Ratio) \(tolerance)") {
      let fixture = SklearnFixture.load(name)
      return try! ElasticNetPath(
        features: fixture.matrix, targets: fixture.targets, l1Ratio: l1Ratio,
        count: fixture.nAlphas, eps: fixture.eps, tolerance: tolerance,
        maxIterations: 1_000_000)
    }
  }

  /// The fast solver's path on the same grid.
  static func fastPath(_ name: String, l1Ratio: Double, tolerance: Double) -> FastElasticNetPath {
    cached("fast \(name) \(l1Ratio) \(tolerance)") {
      let fixture = SklearnFixture.load(name)
      return try! FastElasticNetPath(
        features: fixture.matrix, targets: fixture.targets, l1Ratio: l1Ratio,
        count: fixture.nAlphas, eps: fixture.eps, tolerance: tolerance,
        maxIterations: 1_000_000)
    }
  }

  private static func cached<Path: Sendable>(_ key: String, _ compute: () -> Path) -> Path {
    cache.withLock { cached in
      if let path = cached[key] as? Path { return path }
      let path = compute()
      cached[key] = path
      return path
    }
  }

  private static let cache = Mutex<[String: any Sendable]>([:])
}
