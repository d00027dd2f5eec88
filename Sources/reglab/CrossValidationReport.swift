import Figures
import PathEngine
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
    let options = problem.options
    let start = ContinuousClock.now
    let grid = try problem.grid(for: problem.design())
    // The fold logic is the library's (sklearn's LassoCV), run with the fast solver.
    let cv: ElasticNetCV
    do {
      cv = try ElasticNetCV(
        features: problem.data.features, targets: problem.data.targets, alphas: grid,
        l1Ratio: problem.l1Ratio, folds: k, fitIntercept: options.fitIntercept,
        tolerance: options.tolerance, maxIterations: options.maxIterations,
        solver: FastPathSolver(directGapCheck: options.directGaps))
    } catch {
      throw .software("cross-validating: \(error)")
    }
    let seconds = Problem.seconds(since: start)
    // Back to the target's original units: undo --standardize and the power-of-two scale.
    let scale = (problem.data.standardization?.targetScale ?? 1) / problem.data.scale
    mse = cv.foldErrors.map { $0.map { $0 * scale * scale } }
    meanMSE = cv.meanErrors.map { $0 * scale * scale }
    alphas = cv.alphas.map(problem.fileAlpha)
    foldCount = k
    bestIndex = cv.bestIndex
    allFits = cv.foldFits.flatMap { $0 } + [cv.refit]
    solverSeconds = seconds
    refit = FitReport(
      problem, alpha: alphas[cv.bestIndex], fit: cv.refit, solverSeconds: seconds)
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
