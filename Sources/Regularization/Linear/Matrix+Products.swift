extension Matrix {
  /// The matrix-vector product `A·v`.
  ///
  ///     (A·v)_i = Σ_j A[i, j] · v_j
  ///
  /// - Complexity: O(rows · columns).
  public func multiplied(by vector: [Double]) -> [Double] {
    precondition(vector.count == columns, "A·v needs \(columns) entries, got \(vector.count)")
    var result = [Double](repeating: 0, count: rows)
    elements.withUnsafeBufferPointer { a in
      vector.withUnsafeBufferPointer { v in
        for i in 0..<rows {
          var sum = 0.0
          let base = i * columns
          for j in 0..<columns { sum += a[base + j] * v[j] }
          result[i] = sum
        }
      }
    }
    return result
  }

  /// The transposed product `Aᵀ·v`, computed without forming `Aᵀ`.
  ///
  ///     (Aᵀ·v)_j = Σ_i A[i, j] · v_i
  ///
  /// With `A = X` and `v` a residual, this is the vector of correlations `x_jᵀr`.
  /// - Complexity: O(rows · columns).
  public func transposeMultiplied(by vector: [Double]) -> [Double] {
    precondition(vector.count == rows, "Aᵀ·v needs \(rows) entries, got \(vector.count)")
    var result = [Double](repeating: 0, count: columns)
    elements.withUnsafeBufferPointer { a in
      vector.withUnsafeBufferPointer { v in
        result.withUnsafeMutableBufferPointer { out in
          for i in 0..<rows {
            let vi = v[i]
            let base = i * columns
            for j in 0..<columns { out[j] += a[base + j] * vi }
          }
        }
      }
    }
    return result
  }

  /// The matrix product `A·B`.
  ///
  ///     (A·B)[i, k] = Σ_j A[i, j] · B[j, k]
  ///
  /// - Complexity: O(rows · columns · other.columns).
  public func multiplied(by other: Matrix) -> Matrix {
    precondition(columns == other.rows, "A·B needs B with \(columns) rows, got \(other.rows)")
    var result = Matrix(rows: rows, columns: other.columns)
    let width = other.columns
    for i in 0..<rows {
      for j in 0..<columns {
        let aij = elements[i * columns + j]
        if aij == 0 { continue }
        for k in 0..<width { result.elements[i * width + k] += aij * other.elements[j * width + k] }
      }
    }
    return result
  }

  /// The Gram matrix `AᵀA` (for a data set `X`, the `p × p` matrix of inner products
  /// `x_jᵀx_k` between feature columns).
  ///
  /// - Complexity: O(rows · columns²).
  public func gram() -> Matrix {
    var result = Matrix(rows: columns, columns: columns)
    let p = columns
    elements.withUnsafeBufferPointer { a in
      result.elements.withUnsafeMutableBufferPointer { g in
        for i in 0..<rows {
          let base = i * p
          for j in 0..<p {
            let aij = a[base + j]
            if aij == 0 { continue }
            for k in j..<p { g[j * p + k] += aij * a[base + k] }
          }
        }
        for j in 0..<p { for k in 0..<j { g[j * p + k] = g[k * p + j] } }
      }
    }
    return result
  }
}
