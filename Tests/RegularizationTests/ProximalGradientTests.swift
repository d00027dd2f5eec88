import Testing

@testable import Regularization

@Suite("ISTA and FISTA") struct ProximalGradientTests {
  static func problem(_ correlation: Double, seed: UInt64 = 7) throws -> SyntheticRegression {
    var rng = Xoshiro256StarStar(seed: seed)
    return try makeAutoregressiveRegression(
      samples: 60, features: 12, correlation: correlation, informative: 4, noise: 1,
      using: &rng)
  }

  @Test(
    "both reach coordinate descent's lasso and elastic-net solutions within 1e-6",
    arguments: [ProximalGradient.Method.ista, .fista], [1.0, 0.5])
  func reachesCoordinateDescent(method: ProximalGradient.Method, l1Ratio: Double) throws {
    let data = try Self.problem(0)
    let x = data.dataset.features
    let y = data.dataset.targets
    let alpha = 0.1 * (try AlphaGrid.alphaMax(features: x, targets: y, l1Ratio: l1Ratio))
    let cd = try ElasticNet(
      alpha: alpha, l1Ratio: l1Ratio, tolerance: 1e-14, maxIterations: 100_000
    )
    .fit(features: x, targets: y)
    let loss = try GramLeastSquares(features: x, targets: y)
    let run = try ProximalGradient(method, iterations: 2000)
      .minimize(loss, penalty: ElasticNetPenalty(alpha: alpha, l1Ratio: l1Ratio))
    // Both converge linearly here (κ ≈ 5); measured ≤ 1e-13 after 2000 steps.
    #expect(maxAbsDifference(run.coefficients, cd.coefficients) <= 1e-6)
    #expect(zip(run.coefficients, cd.coefficients).allSatisfy { ($0 == 0) == ($1 == 0) })
    #expect(abs(run.intercept - cd.intercept) <= 1e-6)
    #expect(run.objectives.count == 2001 && run.iterates.count == 2001)
    let objective = try ElasticNet(alpha: alpha, l1Ratio: l1Ratio).objective(
      coefficients: run.coefficients, intercept: run.intercept, features: x, targets: y)
    // The recorded objective is the sklearn objective (residual form vs Gram form: rounding).
    #expect(abs(run.objectives[2000] - objective) <= 1e-12)
  }

  @Test(
    "the rate bounds hold at every k on an AR(0.9) design",
    arguments: [ProximalGradient.Method.ista, .fista])
  func boundsHold(method: ProximalGradient.Method) throws {
    let data = try Self.problem(0.9)
    let x = data.dataset.features
    let y = data.dataset.targets
    let alpha = 0.05 * (try AlphaGrid.alphaMax(features: x, targets: y))
    let solution = try Lasso(alpha: alpha, tolerance: 1e-14, maxIterations: 1_000_000)
      .fit(features: x, targets: y).coefficients
    let loss = try GramLeastSquares(features: x, targets: y)
    let penalty = try L1Penalty(lambda: alpha)
    let run = try ProximalGradient(method, iterations: 300).minimize(loss, penalty: penalty)
    let optimum = min(loss.value(solution) + penalty.value(solution), run.objectives.min() ?? 0)
    let r2 = squaredNorm(solution)
    for (k, gap) in run.gaps(optimum: optimum).enumerated() where k >= 1 {
      #expect(
        gap
          <= ProximalGradient.bound(
            method, after: k, lipschitz: loss.lipschitz, squaredDistance: r2))
    }
  }

  @Test("one ISTA step is S(w − ∇f(w)/L, α/L), written out")
  func oneIstaStep() throws {
    let data = try Self.problem(0)
    let loss = try GramLeastSquares(features: data.dataset.features, targets: data.dataset.targets)
    let start = (0..<12).map { Double($0) / 10 - 0.5 }
    let run = try ProximalGradient(.ista, iterations: 1).minimize(
      loss, penalty: L1Penalty(lambda: 0.2), from: start)
    let g = loss.gradient(start)
    let t = 1 / loss.lipschitz
    let expected = start.indices.map { j -> Double in
      let v = start[j] - t * g[j]
      return v > 0.2 * t ? v - 0.2 * t : (v < -0.2 * t ? v + 0.2 * t : 0)
    }
    #expect(maxAbsDifference(run.coefficients, expected) <= 1e-15)
    // FISTA's first step is ISTA's (v₁ = w₀).
    let fista = try ProximalGradient(.fista, iterations: 1).minimize(
      loss, penalty: L1Penalty(lambda: 0.2), from: start)
    #expect(fista.coefficients == run.coefficients)
  }

  @Test("bad configurations and starts are rejected")
  func rejectsBadInput() throws {
    #expect(throws: RegularizationError.self) { try ProximalGradient(.ista, iterations: -1) }
    let data = try Self.problem(0)
    let loss = try GramLeastSquares(features: data.dataset.features, targets: data.dataset.targets)
    #expect(throws: RegularizationError.self) {
      try ProximalGradient(.fista, iterations: 1).minimize(
        loss, penalty: L1Penalty(lambda: 1), from: [1, 2])
    }
    let flat = try GramLeastSquares(
      features: Matrix(rows: 3, columns: 1, repeating: 2), targets: [1, 2, 3])
    #expect(throws: RegularizationError.self) {
      try ProximalGradient(.ista, iterations: 1).minimize(flat, penalty: L1Penalty(lambda: 1))
    }
  }
}
