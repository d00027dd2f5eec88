import Figures
import PathEngine
import Regularization

/// `reglab path`: the path on the automatic grid, with coefficients on the file's scale.
struct PathReport: Report {
  let problem: Problem
  let path: FastElasticNetPath
  /// The grid on the file's scale (`path.alphas` are the solver's; see `DataScale`).
  let alphas: [Double]
  /// `coefficients[k]` at `alphas[k]`, original scale.
  let coefficients: [[Double]]
  let intercepts: [Double]
  let solverSeconds: Double

  init(_ problem: Problem) throws(ReglabError) {
    self.problem = problem
    let design = try problem.design()
    var seconds = 0.0
    path = try problem.path(design, alphas: nil, seconds: &seconds)
    solverSeconds = seconds
    alphas = path.alphas.map(problem.fileAlpha)
    let mapped = path.fits.map(problem.originalScale)
    coefficients = mapped.map(\.weights)
    intercepts = mapped.map(\.intercept)
  }

  var warning: String? { Describe.warning(path.fits, options: problem.options) }

  func summary(written: [String]) -> String {
    let options = problem.options
    var text = "reglab path: \(Describe.penalty(options))\n"
    text += Describe.data(problem)
    text += Describe.line("objective", Describe.objective(options))
    if let first = alphas.first, let last = alphas.last {
      text += Describe.line(
        "α grid",
        "\(alphas.count) values from \(Describe.number(first)) down to "
          + "\(Describe.number(last)) (eps \(Describe.number(options.eps))), log-spaced")
    }
    if options.penalty == .l2 {
      text += Describe.line("", "α_max by glmnet's ridge convention (ρ = 0.001 in the formula)")
    }
    let n = Double(problem.data.rows)
    let ridge = options.penalty == .l2
    text += Describe.line(
      "path",
      "α".padding(toLength: 12, withPad: " ", startingAt: 0)
        + (ridge ? "Ridge α (n·α)  " : "")
        + "non-zero coefficients (of \(problem.data.featureCount))")
    for k in Self.samples(alphas.count) {
      let alpha = Describe.number(alphas[k]).padding(toLength: 12, withPad: " ", startingAt: 0)
      let ridgeAlpha =
        ridge
        ? Describe.number(n * alphas[k]).padding(toLength: 15, withPad: " ", startingAt: 0) : ""
      text += Describe.line("", alpha + ridgeAlpha + "\(coefficients[k].count(where: { $0 != 0 }))")
    }
    let sweeps = path.fits.map(\.sweeps).reduce(0, +)
    text += Describe.line(
      "solver",
      "\(Describe.seconds(solverSeconds)) for \(alphas.count) fits (\(sweeps) sweeps)")
    text += Describe.convergence(path.fits, options: options)
    return text + Describe.written(written)
  }

  /// About six evenly spread indices of a path of `count` values, first and last included.
  static func samples(_ count: Int) -> [Int] {
    guard count > 6 else { return Array(0..<count) }
    return (0..<6).map { $0 * (count - 1) / 5 }
  }

  func json() -> JSONValue {
    var members = Self.commonJSON(problem, command: .path)
    members += [
      ("alphas", .numbers(alphas)),
      ("intercepts", .numbers(intercepts)),
      ("coefficients", .array(coefficients.map(JSONValue.numbers))),
      ("n_iter", .array(path.fits.map { .integer($0.sweeps) })),
      ("dual_gaps", .numbers(path.fits.map(\.dualityGap))),
      ("gap_tolerance", .number(path.fits.first?.gapTolerance ?? 0)),
      ("converged", .array(path.fits.map { .bool(Describe.isCertified($0)) })),
      ("solver_seconds", .number(solverSeconds)),
    ]
    if problem.options.penalty == .l2 {
      let n = Double(problem.data.rows)
      members.append(("ridge_alphas", .numbers(alphas.map { n * $0 })))
    }
    return .object(members)
  }

  func files() -> OutputFiles {
    var files = OutputFiles()
    var table = CSVTable(header: ["alpha", "intercept"] + problem.data.csv.featureNames)
    for k in alphas.indices {
      table.append(
        [.number(alphas[k]), .number(intercepts[k])]
          + coefficients[k].map(CSVTable.Cell.number))
    }
    files.add("path.csv", table.text)
    files.add("path.svg", PathFigure.chart(self).svg())
    return files
  }
}
