import Testing

@testable import Regularization

@Suite("Duality gap") struct DualityGapTests {
  private static let fixture = SklearnFixture.load("correlated")
  private static let design = try! CenteredDesign(
    features: fixture.matrix, targets: fixture.targets, fitIntercept: true)

  /// `P(w) = ½‖r‖² + λ₁‖w‖₁ + (λ₂/2)‖w‖²`, written out here.
  private func primal(_ w: [Double], l1: Double, l2: Double) -> Double {
    let (x, y) = centeredRows(Self.fixture.features, Self.fixture.targets)
    let r = residualOf(x, y, w)
    return 0.5 * plainDot(r, r) + l1 * w.reduce(0) { $0 + abs($1) } + l2 / 2 * plainDot(w, w)
  }

  private func gap(_ w: [Double], l1: Double, l2: Double) -> Double {
    DualityGap.value(
      design: Self.design, coefficients: w, residual: Self.design.residual(of: w), l1: l1,
      l2: l2)
  }

  @Test(
    "bounds the suboptimality: 0 ≤ P(w) − P(w*) ≤ G(w) at points near and far from w*",
    arguments: [1.0, 0.5, 0.0])
  func boundsSuboptimality(l1Ratio: Double) throws {
    let n = Double(Self.design.rows)
    let alpha = 0.05
    let (l1, l2) = (alpha * l1Ratio * n, alpha * (1 - l1Ratio) * n)
    let best = try ElasticNet(
      alpha: alpha, l1Ratio: l1Ratio, tolerance: 1e-13, maxIterations: 1_000_000
    ).fit(features: Self.fixture.matrix, targets: Self.fixture.targets)
    let optimum = primal(best.coefficients, l1: l1, l2: l2)
    // w* is itself only within its own gap of optimal, so allow G(w*) = n·dualityGap.
    let slack = best.dualityGap * n + 1e-9
    let p = best.coefficients.count
    let points: [[Double]] = [
      [Double](repeating: 0, count: p),
      best.coefficients.map { $0 * 0.9 },
      best.coefficients.enumerated().map { $1 + ($0 % 3 == 0 ? 0.01 : -0.02) },
      (0..<p).map { Double($0 % 5) - 2 },
    ]
    for w in points {
      let g = gap(w, l1: l1, l2: l2)
      let excess = primal(w, l1: l1, l2: l2) - optimum
      #expect(excess >= -slack)
      #expect(excess <= g + slack)
    }
  }

  @Test(
    "at w = 0 it is ½(1 − s)²‖y_c‖² with s = min(1, λ₁ / max_j |x_jᵀy_c|)",
    arguments: [0.5, 1.0, 2.0])
  func gapAtZero(fractionOfAlphaMax: Double) {
    let y = Self.design.targets
    let largest = Self.design.correlations(with: y).map(abs).max() ?? 0
    let l1 = fractionOfAlphaMax * largest
    let s = min(1, l1 / largest)
    let expected = 0.5 * (1 - s) * (1 - s) * plainDot(y, y)
    let g = gap([Double](repeating: 0, count: Self.design.columns), l1: l1, l2: 0)
    // Terms of size ‖y_c‖² ≈ 2400 cancel: 1e-12 absolute is ~1e-15 relative.
    #expect(abs(g - expected) <= 1e-12)
    if fractionOfAlphaMax >= 1 { #expect(g == 0) }
  }

  @Test("formulation B (λ₁ = 0) vanishes at the ridge solution and is positive away from it")
  func formulationB() throws {
    let n = Double(Self.design.rows)
    let l2 = 0.1 * n
    // ½‖r‖² + (λ₂/2)‖w‖² is half of Ridge's ‖r‖² + α‖w‖² with α = λ₂: same minimizer.
    let ridge = try RidgeRegression(alpha: l2)
      .fit(features: Self.fixture.matrix, targets: Self.fixture.targets).coefficients
    let y = Self.design.targets
    // Rounding of terms of size ‖y_c‖² ≈ 2400: 1e-9 absolute (4e-13 relative).
    #expect(abs(gap(ridge, l1: 0, l2: l2)) <= 1e-9)
    let moved = ridge.map { $0 + 0.01 }
    #expect(gap(moved, l1: 0, l2: l2) > 1e-6 * plainDot(y, y))
  }

  @Test("with λ₁ = λ₂ = 0 it is the squared gradient norm ‖X_cᵀr‖²")
  func leastSquaresCriterion() {
    let w = (0..<Self.design.columns).map { Double($0 % 4) * 0.1 }
    let (x, y) = centeredRows(Self.fixture.features, Self.fixture.targets)
    let r = residualOf(x, y, w)
    let expected = (0..<w.count).map { plainDot(column(x, $0), r) }.reduce(0) { $0 + $1 * $1 }
    // Same quantity, sums in another order: 1e-12 relative.
    #expect(abs(gap(w, l1: 0, l2: 0) - expected) <= 1e-12 * expected)
  }
}
