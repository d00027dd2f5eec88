import Testing

@testable import Regularization

@Suite("Coordinate descent") struct CoordinateDescentTests {
  private static let informative = try! CenteredDesign(
    features: SklearnFixture.load("informative").matrix,
    targets: SklearnFixture.load("informative").targets, fitIntercept: true)

  @Test(
    "with one feature, one sweep lands on S(x_cᵀy_c, nαρ)/(‖x_c‖² + nα(1 − ρ))",
    arguments: [(0.3, 1.0), (0.3, 0.5), (5.0, 1.0)])
  func oneFeatureClosedForm(alpha: Double, l1Ratio: Double) throws {
    let x = [0.5, -1.0, 2.0, 3.5, -0.25]
    let y = [1.0, -2.0, 2.5, 6.0, 0.0]
    let design = try CenteredDesign(
      features: Matrix(rowArrays: x.map { [$0] }), targets: y, fitIntercept: true)
    let (xc, yc) = centeredRows(x.map { [$0] }, y)
    let n = Double(x.count)
    let z = plainDot(column(xc, 0), yc)
    let shrunk = max(abs(z) - n * alpha * l1Ratio, 0) * (z < 0 ? -1 : 1)
    let expected = shrunk / (plainDot(column(xc, 0), column(xc, 0)) + n * alpha * (1 - l1Ratio))
    var w = [0.0]
    var r = design.residual(of: w)
    _ = CoordinateDescent.sweep(
      design, l1: alpha * l1Ratio * n, l2: alpha * (1 - l1Ratio) * n, w: &w, r: &r)
    // Same formula, sums in another order: a few ulps of w ≈ 1.
    #expect(abs(w[0] - expected) <= 1e-14)
    // α = 5 is above α_max here, so that case checks an exact zero.
    if alpha == 5 { #expect(w[0] == 0) }
  }

  @Test("each update leaves its own coordinate optimal: the last one meets its KKT exactly")
  func lastUpdateIsOptimal() throws {
    let design = Self.informative
    let n = Double(design.rows)
    let (l1, l2) = (0.5 * 0.7 * n, 0.5 * 0.3 * n)
    var w = [Double](repeating: 0, count: design.columns)
    var r = design.residual(of: w)
    _ = CoordinateDescent.sweep(design, l1: l1, l2: l2, w: &w, r: &r)
    let j = design.columns - 1
    let c = design.correlations(with: r)[j] - l2 * w[j]
    // c = x_jᵀr − λ₂w_j equals λ₁·sign(w_j) up to rounding: measured 4.3e-14 on λ₁ = 35.
    if w[j] == 0 {
      #expect(abs(c) <= l1)
    } else {
      #expect(abs(c - l1 * (w[j] > 0 ? 1 : -1)) <= 1e-11)
    }
  }

  @Test("the residual is kept equal to y_c − X_c·w through the sweeps")
  func residualStaysConsistent() {
    let design = Self.informative
    let n = Double(design.rows)
    var w = [Double](repeating: 0, count: design.columns)
    var r = design.residual(of: w)
    for _ in 0..<10 { _ = CoordinateDescent.sweep(design, l1: 0.2 * n, l2: 0, w: &w, r: &r) }
    // In-place updates accumulate rounding; measured 5.6e-14 on residuals of size ~3.
    #expect(maxAbsDifference(r, design.residual(of: w)) <= 1e-10)
  }

  @Test("no sweep increases the objective")
  func objectiveDecreases() throws {
    let fixture = SklearnFixture.load("correlated")
    let design = try CenteredDesign(
      features: fixture.matrix, targets: fixture.targets, fitIntercept: true)
    let n = Double(design.rows)
    let (l1, l2) = (0.01 * n, 0.01 * n)
    func objective(_ w: [Double], _ r: [Double]) -> Double {
      0.5 * plainDot(r, r) + l1 * w.reduce(0) { $0 + abs($1) } + l2 / 2 * plainDot(w, w)
    }
    var w = [Double](repeating: 0, count: design.columns)
    var r = design.residual(of: w)
    var previous = objective(w, r)
    for _ in 0..<50 {
      _ = CoordinateDescent.sweep(design, l1: l1, l2: l2, w: &w, r: &r)
      let current = objective(w, r)
      // Exact minimization per coordinate never goes up; allow rounding, 1e-12 relative.
      #expect(current <= previous * (1 + 1e-12))
      previous = current
    }
  }

  @Test("a column with ‖x_j‖² = 0 gets coefficient 0 whatever the start, and the rest converges")
  func zeroColumnSkipped() throws {
    // Column 1 is constant, so it is all zeros once centered.
    let x = try Matrix(rowArrays: [[1, 4], [2, 4], [3, 4], [5, 4]])
    let design = try CenteredDesign(features: x, targets: [1, 2, 2, 5], fitIntercept: true)
    let outcome = CoordinateDescent.solve(
      design, l1: 0.1, l2: 0, tolerance: 1e-8, maxIterations: 100, start: [0, 1.5])
    #expect(outcome.coefficients[1] == 0)
    #expect(outcome.coefficients[0] != 0)
    #expect(outcome.isConverged)
  }

  @Test("the reported gap is the gap of the returned coefficients, converged or not")
  func outcomeGapMatches() {
    let design = Self.informative
    let n = Double(design.rows)
    for maxIterations in [1, 2, 1000] {
      let outcome = CoordinateDescent.solve(
        design, l1: 0.05 * n, l2: 0, tolerance: 1e-12, maxIterations: maxIterations,
        start: [Double](repeating: 0, count: design.columns))
      let gap = DualityGap.value(
        design: design, coefficients: outcome.coefficients,
        residual: design.residual(of: outcome.coefficients), l1: 0.05 * n, l2: 0)
      // The solver's residual was updated in place, this one is fresh: 1e-9 absolute on
      // a gap whose terms are ~‖y_c‖² ≈ 7e5 (1e-15 relative).
      #expect(abs(outcome.gap - gap) <= 1e-9)
      #expect(outcome.isConverged == (outcome.gap <= outcome.gapTolerance))
      #expect(outcome.sweeps <= maxIterations)
    }
  }
}
