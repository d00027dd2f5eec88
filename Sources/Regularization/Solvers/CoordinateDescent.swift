/// Cyclic coordinate descent for the elastic net, with scikit-learn's stopping rule.
///
/// It minimizes, in the solver's scale (`n` times the 1/(2n) objective),
///
///     P(w) = ½‖y_c − X_c·w‖² + λ₁‖w‖₁ + (λ₂/2)‖w‖²,   λ₁ = α·ρ·n,   λ₂ = α·(1 − ρ)·n
///
/// one coordinate at a time, in the order j = 0, 1, …, p − 1. Holding the others fixed,
/// the exact minimizer over `w_j` is a soft-threshold, and the residual `r = y_c − X_c·w`
/// is updated in place so each update costs O(n):
///
///     z_j = x_jᵀr + w_j·‖x_j‖²                (= x_jᵀ(r + w_j·x_j))
///     w_j ← S(z_j, λ₁) / (‖x_j‖² + λ₂)        S(z, t) = sign(z)·max(|z| − t, 0)
///     r  ← r − (w_j,new − w_j,old)·x_j
///
/// A column with `‖x_j‖² = 0` (constant before centering) cannot change the fit: its
/// coefficient is set to 0, the minimizer of its penalty, and the column is skipped
/// (scikit-learn's screening does the same).
///
/// Stopping, as in scikit-learn 1.9's `enet_coordinate_descent`:
/// 1. Before the first sweep, compute the duality gap `G` (see `DualityGap`); if
///    `G ≤ tol·‖y_c‖²`, return after 0 sweeps (a warm start that is already optimal).
/// 2. After each sweep, if `max_j |Δw_j| / max_j |w_j| ≤ tol`, or every `w_j` is 0, or
///    this was the last allowed sweep, compute `G` and stop if `G ≤ tol·‖y_c‖²`.
///
/// The gap tolerance scales with `‖y_c‖²` because `G(0) = ½‖y_c‖²`: `tol` is relative.
/// scikit-learn's gap-safe screening is left out on purpose; it changes the iterates, not
/// the solution, and this solver is meant to be the simple one that others are checked
/// against.
///
/// Reference: Friedman, Hastie, Tibshirani (2010), "Regularization Paths for Generalized
/// Linear Models via Coordinate Descent", Journal of Statistical Software 33(1).
package enum CoordinateDescent {
  /// What one run returns, in the solver's scale.
  package struct Outcome: Sendable {
    package var coefficients: [Double]
    package var sweeps: Int
    /// `G` at the returned coefficients.
    package var gap: Double
    /// `tol·‖y_c‖²`.
    package var gapTolerance: Double
    package var isConverged: Bool
  }

  /// Runs coordinate descent from `start` (already validated: `p` finite values).
  package static func solve(
    _ design: CenteredDesign, l1: Double, l2: Double, tolerance: Double, maxIterations: Int,
    start: [Double]
  ) -> Outcome {
    var w = start
    for j in 0..<design.columns where design.columnSquaredNorms[j] == 0 { w[j] = 0 }
    var r = design.residual(of: w)
    let gapTolerance = tolerance * squaredNorm(design.targets)
    var gap = DualityGap.value(design: design, coefficients: w, residual: r, l1: l1, l2: l2)
    if gap <= gapTolerance {
      return Outcome(
        coefficients: w, sweeps: 0, gap: gap, gapTolerance: gapTolerance, isConverged: true)
    }
    var sweeps = 0
    var isConverged = false
    while sweeps < maxIterations {
      sweeps += 1
      let (largestChange, largestWeight) = sweep(design, l1: l1, l2: l2, w: &w, r: &r)
      if largestWeight == 0 || largestChange / largestWeight <= tolerance
        || sweeps == maxIterations
      {
        gap = DualityGap.value(design: design, coefficients: w, residual: r, l1: l1, l2: l2)
        if gap <= gapTolerance {
          isConverged = true
          break
        }
      }
    }
    return Outcome(
      coefficients: w, sweeps: sweeps, gap: gap, gapTolerance: gapTolerance,
      isConverged: isConverged)
  }

  /// One cyclic pass over the coordinates; returns `(max_j |Δw_j|, max_j |w_j|)`.
  static func sweep(
    _ design: CenteredDesign, l1: Double, l2: Double, w: inout [Double], r: inout [Double]
  ) -> (largestChange: Double, largestWeight: Double) {
    let n = design.rows
    var largestChange = 0.0
    var largestWeight = 0.0
    design.columnMajor.withUnsafeBufferPointer { x in
      design.columnSquaredNorms.withUnsafeBufferPointer { norms in
        w.withUnsafeMutableBufferPointer { w in
          r.withUnsafeMutableBufferPointer { r in
            let residual = UnsafeBufferPointer(r)
            for j in 0..<design.columns {
              let norm2 = norms[j]
              if norm2 == 0 { continue }
              let old = w[j]
              let z = columnDot(x, j * n, residual, 0, count: n) + old * norm2
              let shrunk = softThreshold(z, by: l1)
              // `shrunk == 0` gives +0.0, never −0.0, so zeros print as "0.0".
              let new = shrunk == 0 ? 0 : shrunk / (norm2 + l2)
              w[j] = new
              if new != old { axpy(old - new, x, j * n, into: r, count: n) }
              largestChange = max(largestChange, abs(new - old))
              largestWeight = max(largestWeight, abs(new))
            }
          }
        }
      }
    }
    return (largestChange, largestWeight)
  }

  /// `r ← r + a·x[start ..< start + count]`.
  @inline(__always)
  static func axpy(
    _ a: Double, _ x: UnsafeBufferPointer<Double>, _ start: Int,
    into r: UnsafeMutableBufferPointer<Double>, count: Int
  ) {
    guard count > 0, let px = x.baseAddress, let pr = r.baseAddress else { return }
    let column = px + start
    var i = 0
    while i < count {
      pr[i] += a * column[i]
      i += 1
    }
  }
}
