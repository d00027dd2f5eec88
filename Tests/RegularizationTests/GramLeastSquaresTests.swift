import Testing

@testable import Regularization

/// A small problem with an offset: 30 samples, 4 correlated features.
func smallProblem(seed: UInt64 = 3) throws -> SyntheticRegression {
  var rng = Xoshiro256StarStar(seed: seed)
  return try makeAutoregressiveRegression(
    samples: 30, features: 4, correlation: 0.5, informative: 2, noise: 0.5, bias: 2,
    using: &rng)
}

@Suite("Gram-form least squares") struct GramLeastSquaresTests {
  @Test("f and ∇f match the residual form 1/(2n)‖y_c − X_c·w‖² and its finite differences")
  func matchesResidualForm() throws {
    let data = try smallProblem()
    let x = data.dataset.features
    let y = data.dataset.targets
    let loss = try GramLeastSquares(features: x, targets: y)
    let w = [0.3, -1.2, 0.7, 2.0]
    let (rows, centered) = centeredRows((0..<x.rows).map { x.row($0) }, y)
    let r = residualOf(rows, centered, w)
    let direct = plainDot(r, r) / (2 * Double(x.rows))
    // The Gram form cancels ½‖y_c‖²/n ≈ 5 against the rest: rounding ~1e-15; measured 2e-15.
    #expect(abs(loss.value(w) - direct) <= 1e-12)
    let h = 1e-6
    let g = loss.gradient(w)
    for j in w.indices {
      var up = w
      var down = w
      up[j] += h
      down[j] -= h
      // A quadratic: central differences are exact up to rounding ~1e-16/h = 1e-10.
      #expect(abs((loss.value(up) - loss.value(down)) / (2 * h) - g[j]) <= 1e-8)
    }
  }

  @Test("L is the largest eigenvalue: ‖G·v‖ ≤ L‖v‖, with equality at its eigenvector")
  func lipschitzIsLargestEigenvalue() throws {
    let data = try smallProblem()
    let loss = try GramLeastSquares(features: data.dataset.features, targets: data.dataset.targets)
    var v = [1.0, 0, 0, 0]
    for _ in 0..<500 {  // power iteration
      let next = loss.gram.multiplied(by: v)
      v = scaled(next, by: 1 / euclideanNorm(next))
    }
    let rayleigh = dot(v, loss.gram.multiplied(by: v))
    // Power iteration converges like (λ₂/λ₁)^500, far below rounding.
    #expect(abs(rayleigh - loss.lipschitz) <= 1e-12 * loss.lipschitz)
    #expect(loss.eigenvalues.count == 4 && loss.eigenvalues == loss.eigenvalues.sorted(by: >))
  }

  @Test("the intercept is ȳ − x̄ᵀw, and 0 without one")
  func intercept() throws {
    let data = try smallProblem()
    let x = data.dataset.features
    let y = data.dataset.targets
    let w = [1.0, 2, 3, 4]
    let means = (0..<4).map { j in mean(x.column(j)) }
    let loss = try GramLeastSquares(features: x, targets: y)
    #expect(abs(loss.intercept(for: w) - (mean(y) - plainDot(means, w))) <= 1e-12)
    let raw = try GramLeastSquares(features: x, targets: y, fitIntercept: false)
    #expect(raw.intercept(for: w) == 0)
  }

  @Test("bad input is rejected with the data's own errors")
  func rejectsBadInput() throws {
    let x = Matrix(rows: 3, columns: 2, repeating: 1)
    #expect(throws: RegularizationError.self) {
      try GramLeastSquares(features: x, targets: [1, 2])
    }
    #expect(throws: RegularizationError.nonFinite(what: "targets")) {
      try GramLeastSquares(features: x, targets: [1, .nan, 2])
    }
  }
}
