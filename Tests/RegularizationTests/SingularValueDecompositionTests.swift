import Foundation
import Testing

@testable import Regularization

/// A random m × n matrix from a fixed seed.
func randomMatrix(rows: Int, columns: Int, seed: UInt64) -> Matrix {
  var rng = Xoshiro256StarStar(seed: seed)
  var matrix = Matrix(rows: rows, columns: columns)
  matrix.elements = rng.normals(count: rows * columns)
  return matrix
}

/// `U·diag(σ)·Vᵀ`.
func reconstruct(_ svd: SingularValueDecomposition) -> Matrix {
  var result = Matrix(rows: svd.left.rows, columns: svd.right.rows)
  for i in 0..<result.rows {
    for k in 0..<result.columns {
      var sum = 0.0
      for j in svd.values.indices { sum += svd.left[i, j] * svd.values[j] * svd.right[k, j] }
      result[i, k] = sum
    }
  }
  return result
}

@Suite("Singular value decomposition") struct SingularValueDecompositionTests {
  @Test(
    "reconstructs A = U·diag(σ)·Vᵀ with orthonormal U and V", arguments: [(7, 4), (4, 7), (5, 5)])
  func reconstructs(shape: (Int, Int)) throws {
    let a = randomMatrix(rows: shape.0, columns: shape.1, seed: 3)
    let svd = try SingularValueDecomposition(a)
    #expect(svd.values.count == min(shape.0, shape.1))
    // Jacobi rotations keep rounding near ε per entry: measured ≤ 3e-15.
    #expect(maxAbsDifference(reconstruct(svd).elements, a.elements) <= 1e-13)
    let utu = svd.left.transposed().multiplied(by: svd.left)
    let vtv = svd.right.transposed().multiplied(by: svd.right)
    let identity = Matrix.identity(svd.values.count).elements
    #expect(maxAbsDifference(utu.elements, identity) <= 1e-13)
    #expect(maxAbsDifference(vtv.elements, identity) <= 1e-13)
    #expect(zip(svd.values, svd.values.dropFirst()).allSatisfy { $0 >= $1 })
  }

  @Test("the singular values are the square roots of the eigenvalues of AᵀA")
  func matchesEigenvalues() throws {
    let a = randomMatrix(rows: 8, columns: 5, seed: 4)
    let svd = try SingularValueDecomposition(a)
    let eigen = try SymmetricEigen(a.gram())
    // Well-conditioned here (cond ≈ 5), so squaring loses nothing visible: measured 4e-15.
    #expect(maxAbsDifference(svd.values.map { $0 * $0 }, eigen.values) <= 1e-12)
  }

  @Test("keeps tiny singular values accurate: diag(1, 1e-12) under a rotation")
  func smallSingularValues() throws {
    let c = cos(0.3)
    let s = sin(0.3)
    // A = R·diag(1, 1e-12): columns (c, s) and (−s·1e-12, c·1e-12).
    let a = try Matrix(rowArrays: [[c, -s * 1e-12], [s, c * 1e-12]])
    let svd = try SingularValueDecomposition(a)
    #expect(abs(svd.values[0] - 1) <= 1e-15)
    // One-sided Jacobi has small relative error per singular value: measured 0.
    #expect(abs(svd.values[1] - 1e-12) <= 1e-12 * 1e-14)
    #expect(abs(svd.conditionNumber - 1e12) <= 1e12 * 1e-13)
  }

  @Test("a rank-deficient matrix gets an exact or rounding-level zero singular value")
  func rankDeficient() throws {
    let a = try Matrix(rowArrays: [[1, 2], [2, 4], [3, 6]])
    let svd = try SingularValueDecomposition(a)
    #expect(abs(svd.values[0] - (70.0).squareRoot()) <= 1e-13)
    #expect(svd.values[1] <= 1e-15)
  }

  @Test("rejects an empty or non-finite matrix")
  func rejectsBadInput() throws {
    #expect(throws: RegularizationError.tooFewSamples(actual: 0, minimum: 1)) {
      try SingularValueDecomposition(Matrix(rows: 0, columns: 3))
    }
    #expect(throws: RegularizationError.nonFinite(what: "matrix")) {
      try SingularValueDecomposition(Matrix(rowArrays: [[1, .nan]]))
    }
  }
}
