import Figures
import Regularization

/// `reglab cv`: k-fold cross-validation over the grid, as sklearn's `LassoCV` /
/// `ElasticNetCV` with `cv=KFold(k)`, then a refit on all rows at the best α.
struct CrossValidationReport: Report {
  let problem: Problem
  /// The grid, from all rows, decreasing.
  let alphas: [Double]
  let foldCount: Int
  /// `mse[k][f]`: the mean squared test error of fold `f` at `alphas[k]`, in the target's
  /// original units.
  let mse: [[Double]]
  /// The mean of `mse[k]` over folds.
  let meanMSE: [Double]
  /// The first (largest) α with the smallest mean.
  let bestIndex: Int
  /// Every fold path's fits and the refit, for the convergence report.
  let allFits: [ElasticNetFit]
  /// The refit on all rows at the best α.
  let refit: FitReport
  let solverSeconds: Double

  var bestAlpha: Double { alphas[bestIndex] }

  init(_ problem: Problem) throws(ReglabError) {
    self.problem = problem
    let n = problem.data.rows
    let k = problem.options.folds
    guard k <= n else {
      throw .usage(
        "--folds \(k) is more than the \(n) data rows of \(problem.data.source)", command: .cv)
    }
    // KFold's largest test fold has ⌈n/K⌉ rows; the other folds, its training rows, need 2
    // for a centered fit.
    let valid = (2...max(n, 2)).filter { $0 <= n && n - ($0 + n - 1) / $0 >= 2 }
    guard valid.contains(k) else {
      guard let fewest = valid.first else {
        throw .data(
          "\(problem.data.source): cross-validation needs at least 3 data rows (each fold "
            + "trains on the other folds' rows, at least 2), and the file has \(n)")
      }
      throw .usage(
        "--folds \(k) leaves \(n - (k + n - 1) / k) training row in a fold of the \(n) data "
          + "rows of \(problem.data.source); each fold needs at least 2 (use --folds "
          + "\(fewest)\(valid.count > 1 ? " to \(valid.last ?? fewest)" : ""))", command: .cv)
    }
    let folds: [Fold]
    do {
      folds = try kFold(sampleCount: n, folds: k)
    } catch {
      throw .software("making folds: \(error)")
    }
    let full = try problem.design()
    var seconds = 0.0
    let gridStart = ContinuousClock.now
    let grid = try problem.grid(for: full)
    seconds += Problem.seconds(since: gridStart)
    var mse = [[Double]](repeating: [], count: grid.count)
    var fits: [ElasticNetFit] = []
    for fold in folds {
      let path = try problem.path(
        problem.design(rows: fold.trainIndices), alphas: grid, seconds: &seconds)
      for (index, fit) in path.fits.enumerated() {
        mse[index].append(Self.testError(fit, rows: fold.testIndices, data: problem.data))
      }
      fits += path.fits
    }
    let means = mse.map { $0.reduce(0, +) / Double(k) }
    var best = 0
    for index in means.indices where means[index] < means[best] { best = index }
    let refitPath = try problem.path(full, alphas: [grid[best]], seconds: &seconds)
    guard let refit = refitPath.fits.first else { throw .software("the refit returned no fit") }
    fits.append(refit)
    alphas = grid.map(problem.fileAlpha)
    foldCount = k
    self.mse = mse
    meanMSE = means
    bestIndex = best
    allFits = fits
    solverSeconds = seconds
    self.refit = FitReport(
      problem, alpha: alphas[best], fit: refit, solverSeconds: seconds)
  }

  /// `(1/m)·Σ_{i ∈ rows} (y_i − b − x_iᵀw)²`, scaled back to the target's units (undoing
  /// `--standardize` and `DataScale`).
  static func testError(_ fit: ElasticNetFit, rows: [Int], data: LabData) -> Double {
    let w = fit.coefficients
    let active = w.indices.filter { w[$0] != 0 }
    let p = data.featureCount
    var sum = 0.0
    data.features.elements.withUnsafeBufferPointer { x in
      for i in rows {
        var prediction = fit.intercept
        for j in active { prediction += x[i * p + j] * w[j] }
        let residual = data.targets[i] - prediction
        sum += residual * residual
      }
    }
    let scale = (data.standardization?.targetScale ?? 1) / data.scale
    return sum / Double(rows.count) * scale * scale
  }

  var warning: String? { Describe.warning(allFits, options: problem.options) }

  func summary(written: [String]) -> String {
    let options = problem.options
    var text =
      "reglab cv: \(Describe.penalty(options)), \(foldCount)-fold cross-validation "
      + "(consecutive folds, no shuffling)\n"
    text += Describe.data(problem)
    text += Describe.line("objective", Describe.objective(options))
    if let first = alphas.first, let last = alphas.last {
      text += Describe.line(
        "α grid",
        "\(alphas.count) values from \(Describe.number(first)) down to "
          + "\(Describe.number(last)), from all rows")
    }
    text += Describe.line(
      "test MSE", "α".padding(toLength: 12, withPad: " ", startingAt: 0) + "mean over folds")
    var shown = PathReport.samples(alphas.count)
    if !shown.contains(bestIndex) { shown = (shown + [bestIndex]).sorted() }
    for index in shown {
      let alpha = Describe.number(alphas[index]).padding(toLength: 12, withPad: " ", startingAt: 0)
      text += Describe.line(
        "", alpha + Describe.number(meanMSE[index]) + (index == bestIndex ? "   ← best" : ""))
    }
    text += Describe.line(
      "best",
      "α = \(Describe.number(bestAlpha)) (value \(bestIndex + 1) of \(alphas.count)), "
        + "mean test MSE \(Describe.number(meanMSE[bestIndex]))")
    if options.penalty == .l2 {
      text += Describe.line(
        "", "sklearn Ridge alpha = n·α = \(Describe.number(Double(problem.data.rows) * bestAlpha))")
    }
    text += refit.coefficientLines(label: "refit")
    text += Describe.line(
      "solver",
      "\(Describe.seconds(solverSeconds)) for \(foldCount) paths and the refit "
        + "(\(allFits.map(\.sweeps).reduce(0, +)) sweeps)")
    text += Describe.convergence(allFits, options: options)
    return text + Describe.written(written)
  }

  func json() -> JSONValue {
    var members = Self.commonJSON(problem, command: .cv)
    members += [
      ("folds", .integer(foldCount)),
      ("alphas", .numbers(alphas)),
      ("mse_path", .array(mse.map(JSONValue.numbers))),
      ("mean_mse", .numbers(meanMSE)),
      ("best_index", .integer(bestIndex)),
    ]
    members += refit.fitJSON()
    members.append(("solver_seconds", .number(solverSeconds)))
    return .object(members)
  }

  func files() -> OutputFiles {
    var files = OutputFiles()
    var table = CSVTable(
      header: ["alpha", "mean_mse"] + (1...foldCount).map { "fold_\($0)" })
    for index in alphas.indices {
      table.append(
        [.number(alphas[index]), .number(meanMSE[index])] + mse[index].map(CSVTable.Cell.number))
    }
    files.add("cv.csv", table.text)
    files.add("cv.svg", PathFigure.validation(self).svg())
    files.add("fit.csv", refit.table())
    return files
  }
}
