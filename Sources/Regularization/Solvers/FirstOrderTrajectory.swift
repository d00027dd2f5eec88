/// The loop shared by the fixed-step first-order methods (subgradient descent, truncated
/// gradient, the clipped step): start at `start` (zeros if `nil`), apply `update` for
/// k = 1 … K, and keep every iterate.
///
///     w_0 = start,   w_k = update(k, w_{k−1}),   returns [w_0, w_1, …, w_K]
///
/// - Throws: `.dimensionMismatch` if `start` does not have `columns` entries, `.nonFinite`
///   if it has NaN or ∞.
func firstOrderTrajectory(
  from start: [Double]?, columns: Int, iterations: Int,
  update: (_ k: Int, _ w: inout [Double]) -> Void
) throws(RegularizationError) -> [[Double]] {
  var w = start ?? [Double](repeating: 0, count: columns)
  try checkStart(w, columns: columns)
  var path = [w]
  path.reserveCapacity(iterations + 1)
  for k in stride(from: 1, through: iterations, by: 1) {
    update(k, &w)
    path.append(w)
  }
  return path
}

/// The checks every first-order solver makes on its starting point.
func checkStart(_ start: [Double], columns: Int) throws(RegularizationError) {
  guard start.count == columns else {
    throw .dimensionMismatch(
      what: "starting coefficients (one per feature)", expected: columns, actual: start.count)
  }
  guard start.allSatisfy(\.isFinite) else { throw .nonFinite(what: "starting coefficients") }
}
