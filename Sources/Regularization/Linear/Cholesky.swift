/// The Cholesky factorization `A = L·Lᵀ` of a symmetric positive-definite matrix, computed
/// once and reused for any number of right-hand sides.
///
///     L[j, j] = √(A[j, j] − Σ_{k<j} L[j, k]²)
///     L[i, j] = (A[i, j] − Σ_{k<j} L[i, k]·L[j, k]) / L[j, j]     for i > j
///
/// Only the lower triangle of `A` is read (as LAPACK's `dpotrf` with `'L'`), so a matrix
/// that is symmetric up to rounding, such as `XᵀX + αI`, is factored as if it were exact.
/// Solving `A·x = b` is then two triangular solves: `L·z = b` (forward) and `Lᵀ·x = z`
/// (backward).
///
/// A singular matrix is caught only when rounding leaves its pivot at or below 0; a
/// nearly singular one can pass with a tiny positive pivot and give a huge solution, as
/// with LAPACK. Adding `αI` with `α > 0` (ridge) makes the matrix safely definite.
///
/// - Complexity: factoring is O(n³/3); each solve is O(n²).
public struct Cholesky: Equatable, Sendable {
  /// The lower-triangular factor `L`, with a positive diagonal and zeros above it.
  public let lower: Matrix

  /// Factors `matrix`, which must be square and positive definite.
  ///
  /// - Throws: `.dimensionMismatch` if `matrix` is not square;
  ///   `.notPositiveDefinite(pivot: j)` if the `j`-th pivot (counting from 0),
  ///   `A[j, j] − Σ_{k<j} L[j, k]²`, is not > 0 (this includes NaN).
  public init(_ matrix: Matrix) throws(RegularizationError) {
    guard matrix.rows == matrix.columns else {
      throw .dimensionMismatch(
        what: "columns of a matrix to factor (it must be square)", expected: matrix.rows,
        actual: matrix.columns)
    }
    let n = matrix.rows
    var factor = Matrix(rows: n, columns: n)
    for j in 0..<n {
      var pivot = matrix[j, j]
      for k in 0..<j { pivot -= factor[j, k] * factor[j, k] }
      // `!(pivot > 0)` rather than `pivot <= 0`, so that NaN is rejected too.
      guard pivot > 0 else { throw .notPositiveDefinite(pivot: j) }
      let diagonal = pivot.squareRoot()
      factor[j, j] = diagonal
      for i in (j + 1)..<n {
        var sum = matrix[i, j]
        for k in 0..<j { sum -= factor[i, k] * factor[j, k] }
        factor[i, j] = sum / diagonal
      }
    }
    self.lower = factor
  }

  /// The order `n` of the factored `n × n` matrix.
  public var order: Int { lower.rows }

  /// The solution `x` of `A·x = b`, by forward substitution `L·z = b` and back
  /// substitution `Lᵀ·x = z`.
  ///
  ///     z_i = (b_i − Σ_{k<i} L[i, k]·z_k) / L[i, i]
  ///     x_i = (z_i − Σ_{k>i} L[k, i]·x_k) / L[i, i]
  ///
  /// - Throws: `.dimensionMismatch` if `b.count` is not the order of the matrix.
  public func solve(_ b: [Double]) throws(RegularizationError) -> [Double] {
    let n = order
    guard b.count == n else {
      throw .dimensionMismatch(what: "right-hand side length", expected: n, actual: b.count)
    }
    var x = b
    for i in 0..<n {
      var sum = x[i]
      for k in 0..<i { sum -= lower[i, k] * x[k] }
      x[i] = sum / lower[i, i]
    }
    for i in stride(from: n - 1, through: 0, by: -1) {
      var sum = x[i]
      for k in (i + 1)..<n { sum -= lower[k, i] * x[k] }
      x[i] = sum / lower[i, i]
    }
    return x
  }
}
