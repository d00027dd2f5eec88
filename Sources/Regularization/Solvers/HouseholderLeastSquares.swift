/// Least squares by Householder QR, for design matrices too ill-conditioned for the normal
/// equations (a degree-9 polynomial on 10 points).
///
///     minimize ‖y − X·w‖²:   X = Q·R,   R·w = Qᵀy  (back substitution)
///
/// Each reflection `H = I − 2vvᵀ/(vᵀv)` zeroes one column below the diagonal. Working on
/// `X` itself, the error grows like `cond(X)`; forming `XᵀX` first squares it, which is why
/// Cholesky on the normal equations gives up long before QR does. No intercept is added:
/// put a column of ones in `X` for one.
///
/// Reference: G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §5.3.3
/// (Algorithm 5.3.2, Householder LS solution).
///
/// - Throws: `.tooFewSamples` if `n < p`; `.dimensionMismatch` if `y` has the wrong size;
///   `.notPositiveDefinite(pivot:)` (numerically rank deficient) if a diagonal entry of R
///   is below `n·ε·max|R_jj|`.
/// - Complexity: O(n·p²).
public func householderLeastSquares(features: Matrix, targets: [Double])
  throws(RegularizationError) -> [Double]
{
  let (n, p) = (features.rows, features.columns)
  guard targets.count == n else {
    throw .dimensionMismatch(what: "number of targets", expected: n, actual: targets.count)
  }
  guard n >= p else { throw .tooFewSamples(actual: n, minimum: p) }
  var a = features.elements
  var b = targets
  var diagonal = [Double](repeating: 0, count: p)
  for j in 0..<p {
    var norm2 = 0.0
    for i in j..<n { norm2 += a[i * p + j] * a[i * p + j] }
    let norm = norm2.squareRoot()
    // v = x + sign(x₀)·‖x‖·e₀ avoids cancellation; then H·x = −sign(x₀)·‖x‖·e₀.
    let alpha = a[j * p + j] >= 0 ? -norm : norm
    diagonal[j] = alpha
    guard norm > 0 else { continue }
    var v = [Double](repeating: 0, count: n - j)
    for i in j..<n { v[i - j] = a[i * p + j] }
    v[0] -= alpha
    let vv = v.reduce(0) { $0 + $1 * $1 }
    guard vv > 0 else { continue }
    for k in (j + 1)..<max(p, j + 1) {
      var s = 0.0
      for i in j..<n { s += v[i - j] * a[i * p + k] }
      let f = 2 * s / vv
      for i in j..<n { a[i * p + k] -= f * v[i - j] }
    }
    var s = 0.0
    for i in j..<n { s += v[i - j] * b[i] }
    let f = 2 * s / vv
    for i in j..<n { b[i] -= f * v[i - j] }
  }
  let largest = diagonal.map(abs).max() ?? 0
  let floor = Double(n) * Double.ulpOfOne * largest
  var w = [Double](repeating: 0, count: p)
  for j in stride(from: p - 1, through: 0, by: -1) {
    guard abs(diagonal[j]) > floor else { throw .notPositiveDefinite(pivot: j) }
    var s = b[j]
    for k in (j + 1)..<max(p, j + 1) { s -= a[j * p + k] * w[k] }
    w[j] = s / diagonal[j]
  }
  return w
}
