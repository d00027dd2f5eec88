import Figures
import Regularization

/// `reglab fit`: one fit at `--alpha`, from w = 0.
struct FitReport: Report {
  let problem: Problem
  let alpha: Double
  let fit: ElasticNetFit
  /// Original scale.
  let coefficients: [Double]
  let intercept: Double
  let solverSeconds: Double

  init(_ problem: Problem) throws(ReglabError) {
    self.problem = problem
    alpha = problem.options.alpha ?? 0
    let design = try problem.design()
    var seconds = 0.0
    let path = try problem.path(
      design, alphas: [problem.solverAlpha(alpha)], seconds: &seconds)
    guard let only = path.fits.first else { throw .software("the solver returned no fit") }
    fit = only
    solverSeconds = seconds
    (coefficients, intercept) = problem.originalScale(only)
  }

  /// A fit on the same problem that was computed elsewhere (the refit of `cv`).
  init(_ problem: Problem, alpha: Double, fit: ElasticNetFit, solverSeconds: Double) {
    self.problem = problem
    self.alpha = alpha
    self.fit = fit
    self.solverSeconds = solverSeconds
    (coefficients, intercept) = problem.originalScale(fit)
  }

  var warning: String? { Describe.warning([fit], options: problem.options) }

  func summary(written: [String]) -> String {
    let options = problem.options
    var text = "reglab fit: \(Describe.penalty(options)) at α = \(Describe.number(alpha))\n"
    text += Describe.data(problem)
    text += Describe.line("objective", Describe.objective(options))
    if options.penalty == .l2 {
      text += Describe.line(
        "", "sklearn Ridge alpha = n·α = \(Describe.number(Double(problem.data.rows) * alpha))")
    }
    text += coefficientLines()
    text += Describe.line(
      "solver", "\(Describe.seconds(solverSeconds)) (\(fit.sweeps) sweeps)")
    text += Describe.convergence([fit], options: options)
    return text + Describe.written(written)
  }

  /// The intercept and the non-zero coefficients, under `label`.
  func coefficientLines(label: String = "fit") -> String {
    let nonZero = coefficients.count(where: { $0 != 0 })
    var text = Describe.line(
      label,
      "intercept \(Describe.number(intercept)); "
        + "\(nonZero) of \(coefficients.count) coefficients non-zero"
        + (nonZero > 0 ? ", largest first:" : ""))
    text += Describe.coefficients(coefficients, names: problem.data.csv.featureNames)
    return text
  }

  /// The keys describing the fit itself.
  func fitJSON() -> [(String, JSONValue)] {
    var members: [(String, JSONValue)] = [
      ("alpha", .number(alpha)),
      ("intercept", .number(intercept)),
      ("coefficients", .numbers(coefficients)),
      ("n_iter", .integer(fit.sweeps)),
      ("dual_gap", .number(fit.dualityGap)),
      ("gap_tolerance", .number(fit.gapTolerance)),
      ("converged", .bool(Describe.isCertified(fit))),
    ]
    if problem.options.penalty == .l2 {
      members.append(("ridge_alpha", .number(Double(problem.data.rows) * alpha)))
    }
    return members
  }

  func json() -> JSONValue {
    .object(
      Self.commonJSON(problem, command: .fit) + fitJSON() + [
        ("solver_seconds", .number(solverSeconds))
      ])
  }

  /// `fit.csv`: `alpha,intercept,<feature names>` and one row.
  func table() -> String {
    var table = CSVTable(header: ["alpha", "intercept"] + problem.data.csv.featureNames)
    table.append([.number(alpha), .number(intercept)] + coefficients.map(CSVTable.Cell.number))
    return table.text
  }

  func files() -> OutputFiles {
    var files = OutputFiles()
    files.add("fit.csv", table())
    files.add(
      "fit.svg",
      PathFigure.bars(
        title: "Coefficients: \(Describe.penalty(problem.options)) at α = "
          + "\(Describe.number(alpha)), \(problem.data.source)",
        names: problem.data.csv.featureNames, weights: coefficients
      ).svg())
    return files
  }
}
