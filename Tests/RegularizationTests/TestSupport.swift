@_exported import TestFixtures

@testable import Regularization

/// The reference solver's paths on the fixtures, computed once per test run.
enum ComputedPaths {
  /// The reference solver's path.
  static func path(_ name: String, l1Ratio: Double, tolerance: Double) -> ElasticNetPath {
    ComputedOnce.value("reference \(name) \(l1Ratio) \(tolerance)") {
      let fixture = SklearnFixture.load(name)
      return try! ElasticNetPath(
        features: fixture.matrix, targets: fixture.targets, l1Ratio: l1Ratio,
        count: fixture.nAlphas, eps: fixture.eps, tolerance: tolerance,
        maxIterations: 1_000_000)
    }
  }
}
