import Testing

@testable import Regularization

@Suite("Cholesky factorization") struct CholeskyTests {
  // A textbook matrix whose factor has small integer entries, so every step is exact.
  private static let textbook = try! Matrix(rowArrays: [
    [4, 12, -16], [12, 37, -43], [-16, -43, 98],
  ])

  @Test("factors a known matrix into its known lower-triangular factor, exactly")
  func knownFactor() throws {
    let factor = try Cholesky(Self.textbook)
    // Exact: every intermediate value is a small integer (√4 = 2, √1 = 1, √9 = 3).
    #expect(factor.lower == (try Matrix(rowArrays: [[2, 0, 0], [6, 1, 0], [-8, 5, 3]])))
  }

  @Test("solves A·x = b for a known solution, exactly")
  func knownSolution() throws {
    // b = A·(1, −2, 3); forward and back substitution stay on small integers.
    let x = try Cholesky(Self.textbook).solve([-68, -191, 364])
    #expect(x == [1, -2, 3])
  }

  @Test("L·Lᵀ reproduces XᵀX + I for a 20 × 20 data Gram matrix")
  func reproducesGram() throws {
    var gram = SklearnFixture.load("informative").matrix.gram()
    for j in 0..<gram.rows { gram[j, j] += 1 }
    let lower = try Cholesky(gram).lower
    let product = lower.multiplied(by: lower.transposed())
    // Cholesky is backward stable: error ~ n·ε·max|A|; measured 2.3e-16 of max|A| ≈ 122.
    #expect(maxAbsDifference(product.elements, gram.elements) <= 1e-12 * maxNorm(gram.elements))
    #expect(
      (0..<lower.rows).allSatisfy { i in (i + 1..<lower.rows).allSatisfy { lower[i, $0] == 0 } })
  }

  @Test("solves an ill-conditioned Hilbert system with a small residual")
  func hilbertResidual() throws {
    let n = 6
    var hilbert = Matrix(rows: n, columns: n)
    for i in 0..<n { for j in 0..<n { hilbert[i, j] = 1 / Double(i + j + 1) } }
    let b = [Double](repeating: 1, count: n)
    let x = try Cholesky(hilbert).solve(b)
    // cond ≈ 1.5e7 makes x inaccurate, but the residual stays at rounding level: measured
    // 1.7e-13 with entries of x up to 6300 (a residual this small needs a stable solve).
    #expect(maxAbsDifference(hilbert.multiplied(by: x), b) <= 1e-11)
  }

  @Test("reads only the lower triangle")
  func ignoresUpperTriangle() throws {
    var scrambled = Self.textbook
    scrambled[0, 1] = 1000
    scrambled[1, 2] = -7
    #expect(try Cholesky(scrambled) == Cholesky(Self.textbook))
  }

  @Test(
    "throws notPositiveDefinite at the first pivot that is not > 0",
    arguments: [
      ([[1.0, 2], [2, 1]], 1),  // indefinite: 1 − 2² < 0
      ([[-1.0]], 0),
      ([[1.0, 0, 0], [0, 1, 0], [0, 0, 0]], 2),  // singular: pivot exactly 0
      ([[Double.nan]], 0),  // NaN is not > 0
    ])
  func rejectsNonPositiveDefinite(rows: [[Double]], pivot: Int) throws {
    let matrix = try Matrix(rowArrays: rows)
    #expect(throws: RegularizationError.notPositiveDefinite(pivot: pivot)) {
      try Cholesky(matrix)
    }
  }

  @Test("rejects a matrix that is not square")
  func rejectsNonSquare() {
    #expect(
      throws: RegularizationError.dimensionMismatch(
        what: "columns of a matrix to factor (it must be square)", expected: 2, actual: 3)
    ) {
      try Cholesky(Matrix(rows: 2, columns: 3, repeating: 1))
    }
  }

  @Test("rejects a right-hand side of the wrong length")
  func rejectsWrongRightHandSide() throws {
    let factor = try Cholesky(Self.textbook)
    #expect(
      throws: RegularizationError.dimensionMismatch(
        what: "right-hand side length", expected: 3, actual: 2)
    ) {
      try factor.solve([1, 2])
    }
  }
}
