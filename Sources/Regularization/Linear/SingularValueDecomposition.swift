/// The thin singular value decomposition of a real matrix by one-sided Jacobi rotations.
///
///     A = U · diag(σ) · Vᵀ,   UᵀU = VᵀV = I,   σ₀ ≥ σ₁ ≥ … ≥ σ_{k−1} ≥ 0,   k = min(m, n)
///
/// Method (Hestenes): rotate pairs of columns of `A` (and the same pairs of `V`, which
/// starts as `I`) until every pair is orthogonal, `|a_pᵀa_q| ≤ ε·‖a_p‖·‖a_q‖`; then
/// `σ_j = ‖a_j‖` and `u_j = a_j/σ_j`. A wide matrix (`m < n`) is decomposed through its
/// transpose. The rotations never form `AᵀA`, so, unlike the normal equations, the
/// condition number is not squared: small singular values come out with small relative
/// error even when `σ_max/σ_min` is 10¹⁴ (Demmel and Veselić). That is what a degree-15
/// polynomial basis needs (lesson 11).
///
/// A column left at exactly zero (a rank-deficient matrix) gets `σ_j = 0` and `u_j = 0`.
///
/// References: M. R. Hestenes, "Inversion of matrices by biorthogonalization and related
/// results", J. SIAM 6(1), 1958; J. Demmel and K. Veselić, "Jacobi's method is more
/// accurate than QR", SIAM J. Matrix Anal. Appl. 13(4), 1992.
/// - Complexity: O(m·n²) per sweep, typically 6 to 12 sweeps.
public struct SingularValueDecomposition: Equatable, Sendable {
  /// The singular values `σ`, in descending order (`min(m, n)` of them).
  public let values: [Double]
  /// `U` (m × k): the left singular vectors, one per column.
  public let left: Matrix
  /// `V` (n × k): the right singular vectors, one per column.
  public let right: Matrix

  /// Decomposes `matrix`, which must be finite and have at least one row and column.
  ///
  /// - Throws: `.nonFinite` for a NaN or infinite entry; `.tooFewSamples` for an empty matrix.
  public init(_ matrix: Matrix) throws(RegularizationError) {
    guard matrix.rows > 0, matrix.columns > 0 else {
      throw .tooFewSamples(actual: min(matrix.rows, matrix.columns), minimum: 1)
    }
    guard matrix.elements.allSatisfy(\.isFinite) else { throw .nonFinite(what: "matrix") }
    if matrix.rows < matrix.columns {
      let transposed = try SingularValueDecomposition(matrix.transposed())
      values = transposed.values
      left = transposed.right
      right = transposed.left
      return
    }
    let m = matrix.rows
    let n = matrix.columns
    var a = (0..<n).map { matrix.column($0) }
    var v = (0..<n).map { j in (0..<n).map { $0 == j ? 1.0 : 0.0 } }
    Self.orthogonalize(&a, &v)
    let norms = a.map(euclideanNorm)
    let order = norms.indices.sorted { norms[$0] > norms[$1] }
    values = order.map { norms[$0] }
    var u = Matrix(rows: m, columns: n)
    var vMatrix = Matrix(rows: n, columns: n)
    for (position, j) in order.enumerated() {
      let scale = norms[j] > 0 ? 1 / norms[j] : 0
      for i in 0..<m { u[i, position] = a[j][i] * scale }
      for i in 0..<n { vMatrix[i, position] = v[j][i] }
    }
    left = u
    right = vMatrix
  }

  /// The condition number `σ_max/σ_min` (∞ when the smallest singular value is 0).
  public var conditionNumber: Double {
    guard let largest = values.first, let smallest = values.last else { return .nan }
    return smallest > 0 ? largest / smallest : .infinity
  }

  /// Cyclic one-sided Jacobi sweeps over the column pairs of `a`, applied to `v` too.
  static func orthogonalize(_ a: inout [[Double]], _ v: inout [[Double]]) {
    let n = a.count
    let epsilon = Double.ulpOfOne
    for _ in 0..<80 {
      var rotated = false
      for p in 0..<n {
        for q in (p + 1)..<n {
          let alpha = dot(a[p], a[p])
          let beta = dot(a[q], a[q])
          let gamma = dot(a[p], a[q])
          guard gamma != 0, abs(gamma) > epsilon * (alpha * beta).squareRoot() else { continue }
          rotated = true
          // The rotation that zeroes the (p, q) entry of AᵀA: ζ = (β − α)/(2γ),
          // t = sign(ζ)/(|ζ| + √(1 + ζ²)) (the smaller root), c = 1/√(1 + t²), s = c·t.
          let zeta = (beta - alpha) / (2 * gamma)
          let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
          let c = 1 / (1 + t * t).squareRoot()
          let s = c * t
          rotate(&a, p, q, c, s)
          rotate(&v, p, q, c, s)
        }
      }
      if !rotated { return }
    }
  }

  /// Columns `p` and `q` become `c·x_p − s·x_q` and `s·x_p + c·x_q`.
  static func rotate(_ x: inout [[Double]], _ p: Int, _ q: Int, _ c: Double, _ s: Double) {
    for i in x[p].indices {
      let xp = x[p][i]
      let xq = x[q][i]
      x[p][i] = c * xp - s * xq
      x[q][i] = s * xp + c * xq
    }
  }
}
