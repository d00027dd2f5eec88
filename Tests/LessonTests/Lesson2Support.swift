import Regularization

// Plain-loop arithmetic for the lesson-2 tests: the articles' cost, its gradient, and a
// dense linear solver, written out here so that the tests do not go through the lesson's
// or the library's code paths.

/// Namespaced, so that other lessons' helpers in this test target cannot clash.
enum Lesson2Plain {
  /// The rows of `X` as arrays.
  static func rowsOf(_ x: Matrix) -> [[Double]] { (0..<x.rows).map { x.row($0) } }

  /// `r_i = y_i − Σ_j w_j·x_ij − b` for θ = (w, b).
  static func plainResidual(_ rows: [[Double]], _ y: [Double], _ theta: [Double]) -> [Double] {
    let p = theta.count - 1
    return rows.indices.map { i in
      var prediction = theta[p]
      for j in 0..<p { prediction += theta[j] * rows[i][j] }
      return y[i] - prediction
    }
  }

  /// `C(θ) = Σr²/(2n) + λ/(2n)·Σw²`.
  static func plainCost(_ rows: [[Double]], _ y: [Double], _ theta: [Double], lambda: Double)
    -> Double
  {
    let n = Double(y.count)
    let r = plainResidual(rows, y, theta)
    let weights = theta.dropLast()
    return plainDot(r, r) / (2 * n) + lambda / (2 * n) * weights.reduce(0) { $0 + $1 * $1 }
  }

  /// `∇C(θ)`: `−Σ_i r_i·x_ij/n + (λ/n)·w_j` and `−Σ_i r_i/n`.
  static func plainGradient(
    _ rows: [[Double]], _ y: [Double], _ theta: [Double], lambda: Double
  ) -> [Double] {
    let n = Double(y.count)
    let p = theta.count - 1
    let r = plainResidual(rows, y, theta)
    var gradient = (0..<p).map { j in
      -rows.indices.reduce(0.0) { $0 + r[$1] * rows[$1][j] } / n + lambda / n * theta[j]
    }
    gradient.append(-r.reduce(0, +) / n)
    return gradient
  }

  /// The solution of `A·x = b` by Gaussian elimination with partial pivoting.
  static func solveLinearSystem(_ a: [[Double]], _ b: [Double]) -> [Double] {
    var m = a
    var v = b
    let size = b.count
    for k in 0..<size {
      let pivot = (k..<size).max { abs(m[$0][k]) < abs(m[$1][k]) }!
      m.swapAt(k, pivot)
      v.swapAt(k, pivot)
      for i in (k + 1)..<size {
        let factor = m[i][k] / m[k][k]
        for j in k..<size { m[i][j] -= factor * m[k][j] }
        v[i] -= factor * v[k]
      }
    }
    var x = [Double](repeating: 0, count: size)
    for k in stride(from: size - 1, through: 0, by: -1) {
      var sum = v[k]
      for j in (k + 1)..<size { sum -= m[k][j] * x[j] }
      x[k] = sum / m[k][k]
    }
    return x
  }

  /// The minimizer of `‖y − Xw − b‖² + α‖w‖²` over (w, b), from the normal equations of
  /// the augmented design `[X, 1]` (the bias unpenalized):
  ///
  ///     [XᵀX + αI, Xᵀ1; 1ᵀX, n]·(w, b) = (Xᵀy, Σy)
  static func plainRidge(_ rows: [[Double]], _ y: [Double], alpha: Double) -> [Double] {
    let augmented = rows.map { $0 + [1] }
    let size = augmented[0].count
    var a = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
    var b = [Double](repeating: 0, count: size)
    for (i, row) in augmented.enumerated() {
      for j in 0..<size {
        b[j] += row[j] * y[i]
        for k in 0..<size { a[j][k] += row[j] * row[k] }
      }
    }
    for j in 0..<(size - 1) { a[j][j] += alpha }
    return solveLinearSystem(a, b)
  }
}
