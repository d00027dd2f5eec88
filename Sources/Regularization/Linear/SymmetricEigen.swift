/// The eigendecomposition of a real symmetric matrix by the cyclic Jacobi method.
///
///     A = V · diag(d) · Vᵀ,   VᵀV = I,   d₀ ≥ d₁ ≥ … ≥ d_{n−1}
///
/// Column `j` of `vectors` is a unit eigenvector for `values[j]`. Eigenvectors are only
/// defined up to sign, so the sign is fixed: the component of largest magnitude (the first
/// one, if several tie) is positive. For a repeated eigenvalue only the eigenspace is
/// defined; the columns returned are one orthonormal basis of it.
///
/// Method: each Jacobi rotation in the plane `(p, q)` zeroes `A[p, q]`, and sweeps visit
/// every pair `p < q` in row order until every off-diagonal entry is negligible,
/// `|A[p, q]| ≤ ε·√(|A[p, p]|·|A[q, q]|)` (or below `ε²·‖A‖_F`). Convergence is quadratic,
/// typically 6 to 10 sweeps; small eigenvalues come out with small relative error.
/// In the lessons this diagonalizes `XᵀX`, whose eigenvalues `d_j` say how much each
/// direction is shrunk by ridge regression, `d_j/(d_j + λ)`.
///
/// Reference: G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §8.5
/// (the cyclic Jacobi algorithm); rotation updates as in Rutishauser (1971).
/// - Complexity: O(n³) per sweep.
public struct SymmetricEigen: Equatable, Sendable {
  /// The eigenvalues `d`, in descending order.
  public let values: [Double]
  /// The orthonormal eigenvectors `V`, one per column, in the order of `values`.
  public let vectors: Matrix
  /// The number of Jacobi sweeps performed, the last one finding nothing to rotate.
  public let sweepCount: Int

  /// The decomposition of `matrix`, which must be square, finite and symmetric:
  /// `|A[i, j] − A[j, i]| ≤ symmetryTolerance · max_kl |A[k, l]|`. The average
  /// `(A + Aᵀ)/2` is decomposed, so rounding-level asymmetry is harmless.
  public init(_ matrix: Matrix, symmetryTolerance: Double = 1e-10) throws(RegularizationError) {
    guard matrix.rows == matrix.columns else {
      throw .dimensionMismatch(
        what: "columns of a square matrix", expected: matrix.rows, actual: matrix.columns)
    }
    guard matrix.elements.allSatisfy(\.isFinite) else {
      throw .nonFinite(what: "the entries of the matrix to decompose")
    }
    let n = matrix.rows
    let scale = maxNorm(matrix.elements)
    var a = matrix
    for i in 0..<n {
      for j in (i + 1)..<n {
        let upper = matrix[i, j]
        let lower = matrix[j, i]
        guard abs(upper - lower) <= symmetryTolerance * scale else {
          throw .notSymmetric(row: i, column: j, upper: upper, lower: lower)
        }
        a[i, j] = 0.5 * (upper + lower)
        a[j, i] = a[i, j]
      }
    }
    var v = Matrix.identity(n)
    let sweeps = Self.diagonalize(&a.elements, vectors: &v.elements, order: n)
    // Sort by eigenvalue, descending; ties keep their diagonal order, for determinism.
    let order = (0..<n).sorted { i, j in
      a[i, i] != a[j, j] ? a[i, i] > a[j, j] : i < j
    }
    var sorted = Matrix(rows: n, columns: n)
    for (newColumn, oldColumn) in order.enumerated() {
      var largest = 0
      for i in 0..<n where abs(v[i, oldColumn]) > abs(v[largest, oldColumn]) { largest = i }
      let sign: Double = v[largest, oldColumn] < 0 ? -1 : 1
      for i in 0..<n { sorted[i, newColumn] = sign * v[i, oldColumn] }
    }
    values = order.map { a[$0, $0] }
    vectors = sorted
    sweepCount = sweeps
  }

  /// The unit eigenvector for `values[j]` (column `j` of `vectors`).
  public func vector(_ j: Int) -> [Double] { vectors.column(j) }

  /// The product `V · diag(d) · Vᵀ`, which equals the decomposed matrix up to rounding.
  public func reconstructed() -> Matrix {
    let n = values.count
    var result = Matrix(rows: n, columns: n)
    for i in 0..<n {
      for j in 0..<n {
        var sum = 0.0
        for k in 0..<n { sum += vectors[i, k] * values[k] * vectors[j, k] }
        result[i, j] = sum
      }
    }
    return result
  }

  /// Cyclic Jacobi sweeps on the symmetric row-major `a` (both triangles kept), applying the
  /// same rotations to the columns of `vectors`. Returns the number of sweeps.
  private static func diagonalize(
    _ a: inout [Double], vectors: inout [Double], order n: Int
  ) -> Int {
    let epsilon = Double.ulpOfOne
    let floor = epsilon * epsilon * euclideanNorm(a)
    let maximumSweeps = 100
    var sweeps = 0
    a.withUnsafeMutableBufferPointer { a in
      vectors.withUnsafeMutableBufferPointer { v in
        while sweeps < maximumSweeps {
          sweeps += 1
          var rotated = false
          for p in 0..<max(n - 1, 0) {
            for q in (p + 1)..<n {
              let apq = a[p * n + q]
              let app = a[p * n + p]
              let aqq = a[q * n + q]
              let negligible = max(epsilon * abs(app).squareRoot() * abs(aqq).squareRoot(), floor)
              if abs(apq) <= negligible { continue }
              rotated = true
              // The rotation angle φ with tan φ = t zeroes A[p, q]:
              // θ = cot 2φ = (a_qq − a_pp)/(2a_pq), t = sign(θ)/(|θ| + √(θ² + 1)), the
              // smaller root, so |φ| ≤ π/4; for huge θ, t ≈ 1/(2θ) avoids overflow in θ².
              let theta = (aqq - app) / (2 * apq)
              let t =
                abs(theta) > 1e150
                ? 1 / (2 * theta)
                : (theta < 0 ? -1 : 1) / (abs(theta) + (theta * theta + 1).squareRoot())
              let c = 1 / (t * t + 1).squareRoot()
              let s = t * c
              let tau = s / (1 + c)
              a[p * n + p] = app - t * apq
              a[q * n + q] = aqq + t * apq
              a[p * n + q] = 0
              a[q * n + p] = 0
              // Rutishauser's form, x' = x − s(y + τx), y' = y + s(x − τy), with τ = s/(1 + c),
              // equals the plain rotation (cx − sy, sx + cy) but loses less to rounding.
              for r in 0..<n where r != p && r != q {
                let arp = a[r * n + p]
                let arq = a[r * n + q]
                let newRP = arp - s * (arq + tau * arp)
                let newRQ = arq + s * (arp - tau * arq)
                a[r * n + p] = newRP
                a[p * n + r] = newRP
                a[r * n + q] = newRQ
                a[q * n + r] = newRQ
              }
              for r in 0..<n {
                let vrp = v[r * n + p]
                let vrq = v[r * n + q]
                v[r * n + p] = vrp - s * (vrq + tau * vrp)
                v[r * n + q] = vrq + s * (vrp - tau * vrq)
              }
            }
          }
          if !rotated { break }
        }
      }
    }
    return sweeps
  }
}
