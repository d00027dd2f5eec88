extension RidgeRegression {
  /// Ridge regression with the bias inside the penalty (`penaltyCoverage: .weightsAndBias`).
  ///
  ///     minimize over w, b:   ‖y − X·w − b‖² + α·(‖w‖² + b²)
  ///
  /// This is ridge without intercept on the augmented design `Z = [X 1]` (a column of
  /// ones appended), so `θ = (w, b)` solves the normal equations
  ///
  ///     (ZᵀZ + α·I)·θ = Zᵀy,   i.e.   ⎡XᵀX + α·I   Xᵀ1  ⎤ ⎡w⎤   ⎡Xᵀy⎤
  ///                                    ⎣1ᵀX       n + α⎦ ⎣b⎦ = ⎣1ᵀy⎦
  ///
  /// by a Cholesky factorization. The last row says `1ᵀ(y − X·w − b) = α·b`: the
  /// residuals no longer average to zero, and the mean prediction is pulled from `ȳ`
  /// toward 0. As `α → ∞`, `θ ≈ Zᵀy/α → 0`, so every prediction tends to 0 rather than
  /// to `ȳ`.
  ///
  /// - Complexity: O(n·p² + p³).
  func fitWithPenalizedBias(
    features: Matrix, targets: [Double]
  ) throws(RegularizationError) -> RidgeFit {
    // Checked and stored column by column, uncentered.
    let design = try CenteredDesign(
      features: features, targets: targets, fitIntercept: false, minimumSamples: 1)
    let n = design.rows
    let p = design.columns
    var system = Matrix(rows: p + 1, columns: p + 1)
    var columnSums = [Double](repeating: 0, count: p)
    design.columnMajor.withUnsafeBufferPointer { x in
      for j in 0..<p {
        for k in 0...j {
          let entry = columnDot(x, j * n, x, k * n, count: n)
          system[j, k] = entry
          system[k, j] = entry
        }
        system[j, j] += alpha
        for i in 0..<n { columnSums[j] += x[j * n + i] }
        system[p, j] = columnSums[j]
        system[j, p] = columnSums[j]
      }
    }
    system[p, p] = Double(n) + alpha
    var targetSum = 0.0
    for value in design.targets { targetSum += value }
    let solution = try Cholesky(system).solve(
      design.correlations(with: design.targets) + [targetSum])
    return RidgeFit(coefficients: Array(solution[0..<p]), intercept: solution[p])
  }
}
