import Regularization

/// Paths on the fixtures computed with the library, once per test run (`ComputedOnce`) and
/// shared by the suites that check them.
public enum ComputedPaths {
  /// The reference solver's path on the fixture's grid.
  public static func path(_ name: String, l1Ratio: Double, tolerance: Double) -> ElasticNetPath {
    ComputedOnce.value("reference \(name) \(l1Ratio) \(tolerance)") {
      let fixture = SklearnFixture.load(name)
      return try! ElasticNetPath(
        features: fixture.matrix, targets: fixture.targets, l1Ratio: l1Ratio,
        count: fixture.nAlphas, eps: fixture.eps, tolerance: tolerance,
        maxIterations: 1_000_000)
    }
  }
}
