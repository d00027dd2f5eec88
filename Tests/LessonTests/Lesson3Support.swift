import Regularization

// Plain-loop fits for lesson 3's tests: the two ridge objectives solved from their normal
// equations by Gaussian elimination, without the library's Cholesky or centering code.

/// The solution of `A·x = b` by Gaussian elimination with partial pivoting.
func gaussianSolve(_ a: [[Double]], _ b: [Double]) -> [Double] {
  var m = a
  var v = b
  let n = v.count
  for k in 0..<n {
    let pivot = (k..<n).max { abs(m[$0][k]) < abs(m[$1][k]) }!
    m.swapAt(k, pivot)
    v.swapAt(k, pivot)
    for i in (k + 1)..<n {
      let factor = m[i][k] / m[k][k]
      for j in k..<n { m[i][j] -= factor * m[k][j] }
      v[i] -= factor * v[k]
    }
  }
  var x = [Double](repeating: 0, count: n)
  for i in stride(from: n - 1, through: 0, by: -1) {
    var sum = v[i]
    for j in (i + 1)..<n { sum -= m[i][j] * x[j] }
    x[i] = sum / m[i][i]
  }
  return x
}

/// A linear model re-fitted in the tests: `ŷ = wᵀx + b`.
struct PlainFit {
  var weights: [Double]
  var bias: Double

  func predict(_ row: [Double]) -> Double { plainDot(weights, row) + bias }
}

/// `1/(2n)‖y − Xw − b‖² + (λ/2)‖w‖²`: centered normal equations
/// `(X_cᵀX_c/n + λI)·w = X_cᵀy_c/n`, then `b = ȳ − x̄ᵀw`.
func plainFreeBiasFit(_ rows: [[Double]], _ y: [Double], lambda: Double) -> PlainFit {
  let n = Double(rows.count)
  let p = rows[0].count
  let xMean = (0..<p).map { j in rows.reduce(0) { $0 + $1[j] } / n }
  let yMean = y.reduce(0, +) / n
  let xc = rows.map { row in (0..<p).map { row[$0] - xMean[$0] } }
  let yc = y.map { $0 - yMean }
  let a = (0..<p).map { j in
    (0..<p).map { k in xc.reduce(0) { $0 + $1[j] * $1[k] } / n + (j == k ? lambda : 0) }
  }
  let rhs = (0..<p).map { j in zip(xc, yc).reduce(0) { $0 + $1.0[j] * $1.1 } / n }
  let w = gaussianSolve(a, rhs)
  return PlainFit(weights: w, bias: yMean - plainDot(xMean, w))
}

/// `1/(2n)‖y − Xw − b‖² + (λ/2)(‖w‖² + b²)`: ridge without intercept on `Z = [X 1]`,
/// `(ZᵀZ/n + λI)·θ = Zᵀy/n`.
func plainPenalizedBiasFit(_ rows: [[Double]], _ y: [Double], lambda: Double) -> PlainFit {
  let n = Double(rows.count)
  let z = rows.map { $0 + [1] }
  let q = z[0].count
  let a = (0..<q).map { j in
    (0..<q).map { k in z.reduce(0) { $0 + $1[j] * $1[k] } / n + (j == k ? lambda : 0) }
  }
  let rhs = (0..<q).map { j in zip(z, y).reduce(0) { $0 + $1.0[j] * $1.1 } / n }
  let theta = gaussianSolve(a, rhs)
  return PlainFit(weights: Array(theta[0..<(q - 1)]), bias: theta[q - 1])
}

/// The rows of a matrix as arrays.
func rowsOf(_ x: Matrix) -> [[Double]] { (0..<x.rows).map { x.row($0) } }

/// `(1/n)·Σ(y_i − ŷ_i)`.
func plainMeanResidual(_ fit: PlainFit, _ rows: [[Double]], _ y: [Double]) -> Double {
  zip(rows, y).reduce(0) { $0 + $1.1 - fit.predict($1.0) } / Double(y.count)
}

/// `(1/m)·Σ(y_i − ŷ_i)²`.
func plainMSE(_ fit: PlainFit, _ rows: [[Double]], _ y: [Double]) -> Double {
  zip(rows, y).reduce(0) { $0 + ($1.1 - fit.predict($1.0)) * ($1.1 - fit.predict($1.0)) }
    / Double(y.count)
}
