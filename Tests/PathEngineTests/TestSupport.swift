import Regularization
@_exported import TestFixtures

@testable import PathEngine

/// Runs `body` with `CrossProducts` using `kernel` (one of `Kernel.supported`).
func using<Result>(_ kernel: CrossProducts.Kernel, _ body: () throws -> Result) rethrows
  -> Result
{
  try CrossProducts.Kernel.$forced.withValue(kernel, operation: body)
}

extension ComputedPaths {
  /// The fast solver's path on the fixture's grid, with `CrossProducts` on `kernel`,
  /// computed once per test run.
  static func fastPath(
    _ name: String, l1Ratio: Double, tolerance: Double,
    kernel: CrossProducts.Kernel = .automatic
  ) -> FastElasticNetPath {
    ComputedOnce.value("fast \(name) \(l1Ratio) \(tolerance) \(kernel)") {
      let fixture = SklearnFixture.load(name)
      return using(kernel) {
        try! FastElasticNetPath(
          design(fixture), count: fixture.nAlphas, eps: fixture.eps,
          settings: PathSettings(
            l1Ratio: l1Ratio, tolerance: tolerance, maxIterations: 1_000_000))
      }
    }
  }
}

/// The fixture's data, centered for an intercept.
func design(_ fixture: SklearnFixture) -> CenteredDesign {
  try! CenteredDesign(features: fixture.matrix, targets: fixture.targets, fitIntercept: true)
}

extension FastElasticNetPath {
  /// The path on the automatic grid from raw data, with the settings spelled out.
  init(
    features: Matrix, targets: [Double], l1Ratio: Double = 1, fitIntercept: Bool = true,
    count: Int = 100, eps: Double = 1e-3, tolerance: Double = 1e-4,
    maxIterations: Int = 1000, directGapCheck: Bool = false
  ) throws(RegularizationError) {
    try self.init(
      CenteredDesign(features: features, targets: targets, fitIntercept: fitIntercept),
      count: count, eps: eps,
      settings: PathSettings(
        l1Ratio: l1Ratio, tolerance: tolerance, maxIterations: maxIterations),
      directGapCheck: directGapCheck)
  }

  /// The path over explicit `alphas` from raw data, with the settings spelled out.
  init(
    features: Matrix, targets: [Double], alphas: [Double], l1Ratio: Double = 1,
    fitIntercept: Bool = true, tolerance: Double = 1e-4, maxIterations: Int = 1000,
    directGapCheck: Bool = false
  ) throws(RegularizationError) {
    try self.init(
      CenteredDesign(features: features, targets: targets, fitIntercept: fitIntercept),
      alphas: alphas,
      settings: PathSettings(
        l1Ratio: l1Ratio, tolerance: tolerance, maxIterations: maxIterations),
      directGapCheck: directGapCheck)
  }
}
