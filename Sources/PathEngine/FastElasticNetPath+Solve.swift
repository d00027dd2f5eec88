import Regularization

extension FastElasticNetPath {
  /// Runs the engine over the grid, then checks directly every solution the certified bound
  /// did not accept (or all, with `directGapCheck`); see the type's description.
  static func solve(
    _ design: CenteredDesign, x: UnsafeBufferPointer<Double>, y: UnsafeBufferPointer<Double>,
    grid: Grid, settings: PathSettings, directGapCheck: Bool
  ) -> ([Double], [ElasticNetFit]) {
    var engine = CovarianceDescent(design: design, x: x, y: y)
    let n = Double(design.rows)
    let rho = settings.l1Ratio
    let alphas: [Double]
    switch grid {
    case .given(let given): alphas = given
    case .automatic(let count, let eps):
      let top = AlphaGrid.alphaMax(
        largestCorrelation: maxNorm(engine.targetCorrelations), samples: design.rows,
        l1Ratio: rho)
      alphas = AlphaGrid.alphas(from: top, count: count, eps: eps)
    }
    let penalties = alphas.map { settings.penaltyWeights(alpha: $0, samples: design.rows) }
    var solutions: [[Double]] = []
    var outcomes: [CovarianceDescent.Outcome] = []
    for (k, penalty) in penalties.enumerated() {
      outcomes.append(
        engine.solve(
          l1: penalty.l1, l2: penalty.l2, previousL1: penalties[max(k - 1, 0)].l1,
          tolerance: settings.tolerance, maxIterations: settings.maxIterations))
      solutions.append(engine.w)
    }
    let gapTolerance = settings.tolerance * engine.targetNorm2
    let checked = alphas.indices.filter { directGapCheck || !outcomes[$0].isConverged }
    let direct = ExactGaps.values(
      x: x, y: y, rows: design.rows, solutions: checked.map { solutions[$0] },
      penalties: checked.map { penalties[$0] })
    for (index, k) in checked.enumerated() {
      let wasCertified = outcomes[k].isConverged
      outcomes[k].gap = direct[index]
      outcomes[k].isConverged = direct[index] <= gapTolerance
      if wasCertified && !outcomes[k].isConverged {
        let finished = CoordinateDescent.solve(
          design, l1: penalties[k].l1, l2: penalties[k].l2, tolerance: settings.tolerance,
          maxIterations: settings.maxIterations, start: solutions[k])
        solutions[k] = finished.coefficients
        outcomes[k].gap = finished.gap
        outcomes[k].isConverged = finished.isConverged
        outcomes[k].sweeps += finished.sweeps
      }
    }
    let fits = alphas.indices.map { k in
      ElasticNetFit(
        coefficients: solutions[k], intercept: design.intercept(for: solutions[k]),
        sweeps: outcomes[k].sweeps, dualityGap: outcomes[k].gap / n,
        gapTolerance: gapTolerance / n, isConverged: outcomes[k].isConverged)
    }
    return (alphas, fits)
  }
}
