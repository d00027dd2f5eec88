import Testing

@testable import PathEngine
@testable import Regularization

@Suite("Certified duality gaps") struct CertifiedGapTests {
  /// The engine after solving the correlated fixture at `α`, plus the design.
  private static func solved(alpha: Double, l1Ratio: Double, tolerance: Double)
    -> (engine: CovarianceDescent, design: CenteredDesign, l1: Double, l2: Double)
  {
    let fixture = SklearnFixture.load("correlated")
    let design = try! CenteredDesign(
      features: fixture.matrix, targets: fixture.targets, fitIntercept: true)
    let n = Double(design.rows)
    let (l1, l2) = (alpha * l1Ratio * n, alpha * (1 - l1Ratio) * n)
    let engine = design.columnMajor.withUnsafeBufferPointer { x in
      design.targets.withUnsafeBufferPointer { y in
        var engine = CovarianceDescent(design: design, x: x, y: y)
        _ = engine.solve(
          l1: l1, l2: l2, previousL1: l1, tolerance: tolerance, maxIterations: 100_000)
        return engine
      }
    }
    return (engine, design, l1, l2)
  }

  @Test(
    "the bound is at least the directly computed gap and exceeds it by < 5e-12·‖y_c‖²",
    arguments: [(0.5, 1.0), (0.05, 1.0), (0.2, 0.5), (0.5, 0.0), (0.0, 1.0)],
    CrossProducts.Kernel.supported)
  func boundsTheDirectGap(penalty: (alpha: Double, l1Ratio: Double), kernel: CrossProducts.Kernel) {
    let (engine, design, l1, l2) = using(kernel) {
      Self.solved(alpha: penalty.alpha, l1Ratio: penalty.l1Ratio, tolerance: 1e-3)
    }
    #expect(
      engine.certificate.productError
        == CertifiedGap.gamma(CrossProducts.roundingDepth(rows: design.rows, kernel: kernel)))
    let bound = engine.currentGap(l1: l1, l2: l2)
    let direct = DualityGap.value(
      design: design, coefficients: engine.w, residual: design.residual(of: engine.w), l1: l1,
      l2: l2)
    let scale = squaredNorm(design.targets)
    // The direct value has its own rounding (≤ 1e-15·‖y_c‖² here), hence the small slack.
    #expect(bound >= direct - 1e-14 * scale)
    // The bound's allowance for rounding: measured ≤ 6e-13·‖y_c‖² on this 50 × 80 data.
    #expect(bound - direct <= 5e-12 * scale)
  }

  @Test("γ_k = k·u/(1 − k·u) with u = 2⁻⁵³")
  func gammaIsHighamsConstant() {
    #expect(CertifiedGap.gamma(0) == 0)
    #expect(CertifiedGap.gamma(1) == 0x1p-53 / (1 - 0x1p-53))
    #expect(CertifiedGap.gamma(1000) > 1000 * 0x1p-53)
  }

  @Test(
    "at α_max the bound of w = 0 is 0, so the first fit of a path takes no sweep",
    arguments: CrossProducts.Kernel.supported)
  func zeroIsCertifiedAtAlphaMax(kernel: CrossProducts.Kernel) throws {
    let fixture = SklearnFixture.load("informative")
    let design = try CenteredDesign(
      features: fixture.matrix, targets: fixture.targets, fitIntercept: true)
    let gap = using(kernel) {
      design.columnMajor.withUnsafeBufferPointer { x in
        design.targets.withUnsafeBufferPointer { y in
          let engine = CovarianceDescent(design: design, x: x, y: y)
          let top = AlphaGrid.alphaMax(
            largestCorrelation: maxNorm(engine.targetCorrelations), samples: design.rows,
            l1Ratio: 1)
          return engine.currentGap(l1: top * Double(design.rows), l2: 0)
        }
      }
    }
    // Only the rounding allowance remains (γ terms of ~60 roundings): measured 2.5e-14.
    #expect(gap >= 0)
    #expect(gap <= 1e-13 * squaredNorm(design.targets))
  }
}
