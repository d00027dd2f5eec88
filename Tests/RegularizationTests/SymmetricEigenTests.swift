import Testing

@testable import Regularization

/// The largest entry of `|A − B|`.
private func maxDifference(_ a: Matrix, _ b: Matrix) -> Double {
  maxAbsDifference(a.elements, b.elements)
}

/// A random symmetric positive definite matrix `BᵀB + I`, B with N(0, 1) entries.
private func randomSPD(order n: Int, seed: UInt64) throws -> Matrix {
  var rng = Xoshiro256StarStar(seed: seed)
  let b = try Matrix(rows: n, columns: n, elements: rng.normals(count: n * n))
  var a = b.gram()
  for i in 0..<n { a[i, i] += 1 }
  return a
}

@Suite("Symmetric eigendecomposition (cyclic Jacobi)")
struct SymmetricEigenTests {
  @Test("a 2×2 matrix has the closed-form eigenvalues (7 ± √5)/2 and eigenvectors")
  func twoByTwo() throws {
    let a = try Matrix(rowArrays: [[4, 1], [1, 3]])
    let eigen = try SymmetricEigen(a)
    let root5 = 5.0.squareRoot()
    let expected = [(7 + root5) / 2, (7 - root5) / 2]
    // The eigenvector of d is (d − 3, 1), normalized; its largest entry is already positive:
    // (1.618, 1) and (−0.618, 1).
    let v0 = [expected[0] - 3, 1]
    let v1 = [expected[1] - 3, 1]
    // Rounding-level tolerance for O(1) entries; measured: 0 and 1.1e-16.
    #expect(maxAbsDifference(eigen.values, expected) < 1e-14)
    #expect(maxAbsDifference(eigen.vector(0), scaled(v0, by: 1 / euclideanNorm(v0))) < 1e-14)
    #expect(maxAbsDifference(eigen.vector(1), scaled(v1, by: 1 / euclideanNorm(v1))) < 1e-14)
  }

  @Test("a 3×3 second-difference matrix has eigenvalues 2 + √2, 2, 2 − √2")
  func threeByThree() throws {
    let a = try Matrix(rowArrays: [[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
    let eigen = try SymmetricEigen(a)
    let r2 = 2.0.squareRoot()
    // Rounding-level tolerance for O(1) entries; measured: 2.2e-16.
    #expect(maxAbsDifference(eigen.values, [2 + r2, 2, 2 - r2]) < 1e-14)
    // Closed-form eigenvectors, compared up to sign (the sign is tested separately).
    let expected = [
      [1, -r2, 1].map { $0 / 2 }, [1, 0, -1].map { $0 / r2 }, [1, r2, 1].map { $0 / 2 },
    ]
    for j in 0..<3 {
      let v = eigen.vector(j)
      let distance = min(
        maxAbsDifference(v, expected[j]), maxAbsDifference(v, scaled(expected[j], by: -1)))
      // Rounding-level, as above; measured: 1.1e-16.
      #expect(distance < 1e-14)
    }
  }

  @Test("a diagonal matrix needs no rotation: sorted diagonal, permutation eigenvectors")
  func diagonal() throws {
    var a = Matrix(rows: 4, columns: 4)
    for (i, d) in [1.0, -2, 7, 3].enumerated() { a[i, i] = d }
    let eigen = try SymmetricEigen(a)
    #expect(eigen.values == [7, 3, 1, -2])
    #expect(eigen.vector(0) == [0, 0, 1, 0])
    #expect(eigen.vector(1) == [0, 0, 0, 1])
    #expect(eigen.vector(3) == [0, 1, 0, 0])
    #expect(eigen.sweepCount == 1)
  }

  @Test("a multiple of the identity keeps the identity as its eigenvectors")
  func scaledIdentity() throws {
    var a = Matrix.identity(5)
    a.elements = a.elements.map { 3 * $0 }
    let eigen = try SymmetricEigen(a)
    #expect(eigen.values == [3, 3, 3, 3, 3])
    #expect(eigen.vectors == Matrix.identity(5))
  }

  @Test("a repeated eigenvalue is found twice, with an orthonormal basis of its eigenspace")
  func repeatedEigenvalues() throws {
    // A = Q·diag(5, 2, 2, 1)·Qᵀ, with Q the (orthogonal) eigenvectors of a random matrix.
    let q = try SymmetricEigen(try randomSPD(order: 4, seed: 21)).vectors
    let d = [5.0, 2, 2, 1]
    var a = Matrix(rows: 4, columns: 4)
    for i in 0..<4 {
      for j in 0..<4 { a[i, j] = (0..<4).reduce(0) { $0 + q[i, $1] * d[$1] * q[j, $1] } }
    }
    for i in 0..<4 { for j in 0..<i { a[i, j] = a[j, i] } }
    let eigen = try SymmetricEigen(a)
    // Eigenvalues are well conditioned (error ≤ ‖perturbation‖); rounding in forming A is
    // ~1e-15·5; measured: 4.4e-16 (values and reconstruction), 2.2e-16 (VᵀV − I).
    #expect(maxAbsDifference(eigen.values, d) < 1e-13)
    #expect(maxDifference(eigen.reconstructed(), a) < 1e-13)
    #expect(
      maxDifference(eigen.vectors.transposed().multiplied(by: eigen.vectors), .identity(4)) < 1e-13)
  }

  @Test("a random 30×30 SPD matrix is reconstructed, with orthonormal eigenvectors")
  func randomSPD30() throws {
    let a = try randomSPD(order: 30, seed: 30)
    let eigen = try SymmetricEigen(a)
    let scale = maxNorm(a.elements)
    // Backward-stable: errors are a small multiple of n·ε·‖A‖ = 30·2.2e-16·scale ≈ 7e-15·scale;
    // measured: reconstruction 1.0e-15·scale, orthogonality 8.9e-16.
    #expect(maxDifference(eigen.reconstructed(), a) < 1e-13 * scale)
    #expect(
      maxDifference(eigen.vectors.transposed().multiplied(by: eigen.vectors), .identity(30)) < 1e-13
    )
    // BᵀB + I has every eigenvalue ≥ 1, and eigenvalues come sorted descending.
    #expect(eigen.values.allSatisfy { $0 >= 1 - 1e-12 })
    #expect(zip(eigen.values, eigen.values.dropFirst()).allSatisfy { $0 >= $1 })
  }

  @Test("each column satisfies A·v = d·v")
  func eigenEquation() throws {
    let a = try randomSPD(order: 12, seed: 5)
    let eigen = try SymmetricEigen(a)
    let scale = maxNorm(a.elements)
    for j in 0..<12 {
      let v = eigen.vector(j)
      // Same backward-error bound as the reconstruction; measured: 4.0e-16·scale.
      #expect(maxAbsDifference(a.multiplied(by: v), scaled(v, by: eigen.values[j])) < 1e-13 * scale)
    }
  }

  @Test("the largest-magnitude component of every eigenvector is positive")
  func signConvention() throws {
    let eigen = try SymmetricEigen(try randomSPD(order: 10, seed: 2))
    for j in 0..<10 {
      let v = eigen.vector(j)
      let largest = v.max { abs($0) < abs($1) } ?? 0
      #expect(largest > 0)
    }
  }

  @Test("the trace equals the sum of the eigenvalues")
  func traceIsSum() throws {
    let a = try randomSPD(order: 15, seed: 9)
    let eigen = try SymmetricEigen(a)
    let trace = (0..<15).reduce(0) { $0 + a[$1, $1] }
    // Relative rounding of a sum of 15 positive terms; measured: 3.9e-16 relative.
    #expect(abs(eigen.values.reduce(0, +) - trace) < 1e-13 * trace)
  }

  @Test("converges in a handful of sweeps")
  func fewSweeps() throws {
    let eigen = try SymmetricEigen(try randomSPD(order: 30, seed: 30))
    // Quadratic convergence; measured: 9 sweeps here (12 and 13 for 100×100 and 200×200).
    #expect(eigen.sweepCount <= 15)
  }

  @Test("empty, 1×1 and zero matrices are handled")
  func degenerateSizes() throws {
    let empty = try SymmetricEigen(Matrix(rows: 0, columns: 0))
    #expect(empty.values.isEmpty && empty.vectors.rows == 0)
    let one = try SymmetricEigen(try Matrix(rowArrays: [[-4]]))
    #expect(one.values == [-4] && one.vectors == .identity(1))
    let zero = try SymmetricEigen(Matrix(rows: 3, columns: 3))
    #expect(zero.values == [0, 0, 0] && zero.vectors == .identity(3))
  }

  @Test("a non-symmetric matrix is rejected, naming the first mismatched pair")
  func rejectsNonSymmetric() throws {
    let a = try Matrix(rowArrays: [[1, 2, 3], [2, 1, 5], [3, 4, 1]])
    #expect(throws: RegularizationError.notSymmetric(row: 1, column: 2, upper: 5, lower: 4)) {
      try SymmetricEigen(a)
    }
  }

  @Test("rounding-level asymmetry is accepted and averaged away")
  func acceptsRoundingAsymmetry() throws {
    let a = try Matrix(rowArrays: [[2, 1], [1 + 1e-15, 2]])
    let eigen = try SymmetricEigen(a)
    // Averaging moves entries by 5e-16, eigenvalues by at most that; measured: 4.4e-16.
    #expect(maxAbsDifference(eigen.values, [3, 1]) < 1e-14)
  }

  @Test("a non-square or non-finite matrix is rejected")
  func rejectsBadShapes() throws {
    #expect(
      throws: RegularizationError.dimensionMismatch(
        what: "columns of a square matrix", expected: 2, actual: 3)
    ) {
      try SymmetricEigen(Matrix(rows: 2, columns: 3))
    }
    #expect(throws: RegularizationError.nonFinite(what: "the entries of the matrix to decompose")) {
      try SymmetricEigen(try Matrix(rowArrays: [[1, .nan], [.nan, 1]]))
    }
  }
}
