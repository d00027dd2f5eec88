// Arithmetic the tests use to re-derive numbers without going through the library's own
// code paths (plain loops over `[[Double]]` rows).

/// `Σ a_i·b_i`.
public func plainDot(_ a: [Double], _ b: [Double]) -> Double {
  var sum = 0.0
  for i in 0..<a.count { sum += a[i] * b[i] }
  return sum
}

/// Rows of `X − x̄` and `y − ȳ`, centered here with plain loops.
public func centeredRows(_ rows: [[Double]], _ y: [Double]) -> (x: [[Double]], y: [Double]) {
  let n = Double(rows.count)
  let p = rows.first?.count ?? 0
  var means = [Double](repeating: 0, count: p)
  for row in rows { for j in 0..<p { means[j] += row[j] / n } }
  let yMean = y.reduce(0, +) / n
  return (rows.map { row in (0..<p).map { row[$0] - means[$0] } }, y.map { $0 - yMean })
}

/// Column `j` of a matrix given as rows.
public func column(_ rows: [[Double]], _ j: Int) -> [Double] { rows.map { $0[j] } }

/// `y − X·w` for `X` given as rows.
public func residualOf(_ rows: [[Double]], _ y: [Double], _ w: [Double]) -> [Double] {
  (0..<rows.count).map { y[$0] - plainDot(rows[$0], w) }
}

/// The duality gap of `1/(2n)·‖y_c − X_c·w‖² + α·ρ·‖w‖₁ + α·(1 − ρ)/2·‖w‖²`, written out
/// here from the coefficients alone (not the solver's code), in the 1/(2n) units:
///
///     r = y_c − X_c·w,   c_j = x_jᵀr/n − α(1 − ρ)·w_j
///     s = min(1, αρ / max_j |c_j|)                     (θ = s·r/n is dual feasible)
///     P = ‖r‖²/(2n) + αρ‖w‖₁ + α(1 − ρ)/2·‖w‖²
///     D = −s²/(2n)·(‖r‖² + nα(1 − ρ)‖w‖²) + s·rᵀy_c/n
///     G = P − D
public func recomputedGap(
  x: [[Double]], y: [Double], w: [Double], alpha: Double, l1Ratio: Double
) -> Double {
  let n = Double(x.count)
  let r = residualOf(x, y, w)
  let l2Part = alpha * (1 - l1Ratio)
  var largest = 0.0
  for j in 0..<w.count {
    largest = max(largest, abs(plainDot(column(x, j), r) / n - l2Part * w[j]))
  }
  let s = largest > alpha * l1Ratio ? alpha * l1Ratio / largest : 1
  let rr = plainDot(r, r)
  let ww = plainDot(w, w)
  let primal = rr / (2 * n) + alpha * l1Ratio * w.reduce(0) { $0 + abs($1) } + l2Part / 2 * ww
  let dual = -s * s / (2 * n) * (rr + n * l2Part * ww) + s * plainDot(r, y) / n
  return primal - dual
}
