import Testing

@testable import Regularization

@Suite("SVD least squares and ridge") struct SingularValueDecompositionLeastSquaresTests {
  @Test("on a tall full-rank matrix the minimum-norm solution solves the normal equations")
  func tallMatchesNormalEquations() throws {
    let a = randomMatrix(rows: 12, columns: 4, seed: 5)
    var rng = Xoshiro256StarStar(seed: 6)
    let b = rng.normals(count: 12)
    let x = try SingularValueDecomposition(a).minimumNormSolution(b)
    let reference = try Cholesky(a.gram()).solve(a.transposeMultiplied(by: b))
    // cond(AᵀA) ≈ 10 here: both are accurate to ~1e-15; measured 6e-16.
    #expect(maxAbsDifference(x, reference) <= 1e-12)
  }

  @Test("on a wide matrix it solves A·x = b exactly with x in the row space (the shortest)")
  func wideIsMinimumNorm() throws {
    let a = randomMatrix(rows: 3, columns: 6, seed: 7)
    let b = [1.0, -2.0, 0.5]
    let x = try SingularValueDecomposition(a).minimumNormSolution(b)
    #expect(maxAbsDifference(a.multiplied(by: x), b) <= 1e-13)
    // x = Aᵀz with (AAᵀ)z = b is the minimum-norm solution.
    let aat = a.multiplied(by: a.transposed())
    let z = try Cholesky(aat).solve(b)
    #expect(maxAbsDifference(x, a.transposeMultiplied(by: z)) <= 1e-13)
  }

  @Test("ridge equals (AᵀA + αI)⁻¹Aᵀb and goes to the minimum-norm solution as α → 0")
  func ridgeMatchesCholesky() throws {
    let a = randomMatrix(rows: 6, columns: 9, seed: 8)
    let b = randomMatrix(rows: 6, columns: 1, seed: 9).elements
    let svd = try SingularValueDecomposition(a)
    for alpha in [1e-3, 0.1, 10] {
      var system = a.gram()
      for j in 0..<9 { system[j, j] += alpha }
      let reference = try Cholesky(system).solve(a.transposeMultiplied(by: b))
      // cond(AᵀA + αI) ≤ ~1e4 at α = 1e-3: measured ≤ 2e-13.
      #expect(maxAbsDifference(try svd.ridgeSolution(b, alpha: alpha), reference) <= 1e-10)
    }
    let limit = try svd.minimumNormSolution(b)
    // ‖x(α) − x(0)‖ = O(α): at α = 1e-9 measured 1e-9.
    #expect(maxAbsDifference(try svd.ridgeSolution(b, alpha: 1e-9), limit) <= 1e-7)
    #expect(try svd.ridgeSolution(b, alpha: 0) == limit)
  }

  @Test("rejects a negative α and a right-hand side of the wrong length")
  func rejectsBadInput() throws {
    let svd = try SingularValueDecomposition(Matrix.identity(2))
    #expect(throws: RegularizationError.negativePenalty(-1)) {
      try svd.ridgeSolution([1, 2], alpha: -1)
    }
    #expect(
      throws: RegularizationError.dimensionMismatch(
        what: "right-hand side length", expected: 2, actual: 3)
    ) { try svd.minimumNormSolution([1, 2, 3]) }
  }
}
