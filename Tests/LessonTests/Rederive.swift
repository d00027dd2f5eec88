import Regularization

// Plain-loop arithmetic the lesson tests use to re-derive numbers without going through
// the library's code paths.

/// The columns of `X − x̄` and the vector `y − ȳ`.
func centeredColumns(_ x: Matrix, _ y: [Double]) -> (columns: [[Double]], y: [Double]) {
  let n = Double(x.rows)
  let columns = (0..<x.columns).map { j -> [Double] in
    let column = (0..<x.rows).map { x[$0, j] }
    let center = column.reduce(0, +) / n
    return column.map { $0 - center }
  }
  let center = y.reduce(0, +) / n
  return (columns, y.map { $0 - center })
}

/// `Σ a_i·b_i`, left to right.
func plainDot(_ a: [Double], _ b: [Double]) -> Double {
  var sum = 0.0
  for i in 0..<a.count { sum += a[i] * b[i] }
  return sum
}

/// `y_c − X_c·w` for centered columns.
func centeredResidual(_ columns: [[Double]], _ y: [Double], _ w: [Double]) -> [Double] {
  var r = y
  for (j, column) in columns.enumerated() where w[j] != 0 {
    for i in 0..<r.count { r[i] -= w[j] * column[i] }
  }
  return r
}

/// The Lasso duality gap in the 1/(2n) objective's units, written out independently:
/// the residual scaled into the dual-feasible set `‖X_cᵀθ‖_∞ ≤ α`,
///
///     s = min(1, nα/‖X_cᵀr‖_∞),   G = P(w) − D(s·r/n)
///     P = ‖r‖²/(2n) + α‖w‖₁,      D = (s·rᵀy_c − s²‖r‖²/2)/n
func lassoGap(_ columns: [[Double]], _ y: [Double], _ w: [Double], alpha: Double) -> Double {
  let n = Double(y.count)
  let r = centeredResidual(columns, y, w)
  let largest = columns.map { abs(plainDot($0, r)) }.max() ?? 0
  let s = largest > n * alpha ? n * alpha / largest : 1
  let rr = plainDot(r, r)
  let primal = rr / (2 * n) + alpha * w.reduce(0) { $0 + abs($1) }
  let dual = (s * plainDot(r, y) - s * s * rr / 2) / n
  return primal - dual
}

/// Mean of r²/2 over the rows of `data` for the model `wᵀx + b`, by a plain loop.
func plainHalfMSE(_ model: LinearModel, _ data: Dataset) -> Double {
  var total = 0.0
  for i in 0..<data.sampleCount {
    let r = plainDot(model.weights, data.features.row(i)) + model.bias - data.targets[i]
    total += r * r / 2
  }
  return total / Double(data.sampleCount)
}
