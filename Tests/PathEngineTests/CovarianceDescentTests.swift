import Testing

@testable import PathEngine
@testable import Regularization

@Suite("Covariance coordinate descent") struct CovarianceDescentTests {
  private static let fixture = SklearnFixture.load("correlated")
  private static let design = try! CenteredDesign(
    features: fixture.matrix, targets: fixture.targets, fitIntercept: true)

  /// Runs `solve` at each `(l1, l2)` in turn from `w = 0`; returns the engine.
  private static func run(_ penalties: [(Double, Double)], tolerance: Double)
    -> (CovarianceDescent, [CovarianceDescent.Outcome])
  {
    design.columnMajor.withUnsafeBufferPointer { x in
      design.targets.withUnsafeBufferPointer { y in
        var engine = CovarianceDescent(design: design, x: x, y: y)
        var outcomes: [CovarianceDescent.Outcome] = []
        var previous = penalties.first?.0 ?? 0
        for (l1, l2) in penalties {
          outcomes.append(
            engine.solve(
              l1: l1, l2: l2, previousL1: previous, tolerance: tolerance,
              maxIterations: 100_000))
          previous = l1
        }
        return (engine, outcomes)
      }
    }
  }

  @Test(
    "the gradient it keeps is X_cᵀ(y_c − X_c·w), recomputed from w",
    arguments: CrossProducts.Kernel.supported)
  func gradientIsExact(kernel: CrossProducts.Kernel) {
    let n = Double(Self.design.rows)
    let (engine, _) = using(kernel) { Self.run([(0.3 * n, 0), (0.1 * n, 0)], tolerance: 1e-6) }
    let direct = Self.design.correlations(with: Self.design.residual(of: engine.w))
    // Two summation orders of terms of size ≤ ‖x_k‖·‖y_c‖ ≈ 7·60: measured 6e-14.
    #expect(maxAbsDifference(engine.g, direct) <= 1e-10)
  }

  @Test("features the strong rule screened out enter when they violate optimality")
  func kktViolatorsAreAdded() throws {
    // y = x_0 + x_1 with x_0 = u and x_1 = −u + 0.3·v, v ⟂ u (both centered): x_0ᵀy ≈ 0,
    // so the strong rule (|x_kᵀy| ≥ λ₁ from w = 0) leaves x_0 out, yet its coefficient is
    // 1: once x_1 enters, x_0ᵀr grows by w_1·‖u‖² and x_0 must follow.
    var rng = Xoshiro256StarStar(seed: 11)
    let n = 40
    let u = centeredRows(rng.normals(count: n).map { [$0] }, []).x.map { $0[0] }
    var v = centeredRows(rng.normals(count: n).map { [$0] }, []).x.map { $0[0] }
    let projection = plainDot(u, v) / plainDot(u, u)
    v = (0..<n).map { v[$0] - projection * u[$0] }
    var rows: [[Double]] = []
    var targets: [Double] = []
    for i in 0..<n {
      let row = [u[i], -u[i] + 0.3 * v[i]] + (0..<4).map { _ in 0.1 * rng.normal() }
      rows.append(row)
      targets.append(row[0] + row[1] + 0.01 * rng.normal())
    }
    let design = try CenteredDesign(
      features: Matrix(rowArrays: rows), targets: targets, fitIntercept: true)
    let correlations = design.correlations(with: design.targets).map(abs)
    var entered = 0
    for l1 in logSpace(from: correlations.max()!, to: 1e-3 * correlations.max()!, count: 20) {
      let engine = design.columnMajor.withUnsafeBufferPointer { x in
        design.targets.withUnsafeBufferPointer { y in
          var engine = CovarianceDescent(design: design, x: x, y: y)
          let outcome = engine.solve(
            l1: l1, l2: 0, previousL1: l1, tolerance: 1e-10, maxIterations: 100_000)
          #expect(outcome.isConverged)
          return engine
        }
      }
      entered += engine.w.indices.filter { engine.w[$0] != 0 && correlations[$0] < l1 }.count
      // Optimality outside the support: |x_kᵀr| ≤ λ₁ (up to the tolerance's slack).
      for k in engine.w.indices where engine.w[k] == 0 {
        #expect(abs(engine.g[k]) <= l1 * (1 + 1e-6))
      }
    }
    #expect(entered > 0)
  }

  @Test("a warm start that is already good enough takes 0 sweeps")
  func optimalWarmStartStops() {
    let n = Double(Self.design.rows)
    let (_, outcomes) = Self.run([(0.1 * n, 0), (0.1 * n, 0)], tolerance: 1e-6)
    #expect(outcomes[0].sweeps > 0)
    #expect(outcomes[1].sweeps == 0)
    #expect(outcomes[1].isConverged)
  }
}
