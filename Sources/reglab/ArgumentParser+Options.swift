import CommandLineOptions

extension ArgumentParser {
  /// Builds the options from checked values, and checks what one value alone cannot say:
  /// the required options, and the options that go together (see `Help`).
  static func options(from values: ParsedOptions, for command: Command)
    throws(ReglabError) -> Options
  {
    var options = Options()
    guard let csv = values.text("--csv") else {
      throw .usage("--csv FILE is required", command: command)
    }
    guard let target = values.text("--target") else {
      throw .usage("--target NAME is required (the column to predict)", command: command)
    }
    options.csvPath = csv
    options.target = target
    if let text = values.text("--penalty"), let penalty = Penalty(rawValue: text) {
      options.penalty = penalty
    }
    if let ratio = values.number("--l1-ratio") {
      guard options.penalty == .elasticnet else {
        throw .usage(
          "--l1-ratio goes with --penalty elasticnet (l1 means ρ = 1, l2 means ρ = 0)",
          command: command)
      }
      options.l1RatioOption = ratio
    }
    options.alphaCount = values.integer("--n-alphas") ?? options.alphaCount
    options.eps = values.number("--eps") ?? options.eps
    options.tolerance = values.number("--tol") ?? options.tolerance
    options.maxIterations = values.integer("--max-iter") ?? options.maxIterations
    options.folds = values.integer("--folds") ?? options.folds
    let sweeps = (command == .fit ? 1 : options.alphaCount).multipliedReportingOverflow(
      by: options.maxIterations)
    if sweeps.overflow || sweeps.partialValue > maximumSweeps {
      throw .usage(
        "--n-alphas \(options.alphaCount) × --max-iter \(options.maxIterations) allows "
          + "\(sweeps.partialValue) sweeps per path; their product must be at most "
          + "\(maximumSweeps)", command: command)
    }
    options.fitIntercept = !values.has("--no-intercept")
    options.standardize = values.has("--standardize")
    if options.standardize && !options.fitIntercept {
      throw .usage(
        "--standardize centers the data, which fits an intercept; drop --no-intercept",
        command: command)
    }
    options.outputDirectory = values.text("--out")
    options.json = values.has("--json")
    options.directGaps = values.has("--direct-gaps")
    if command == .fit {
      guard let alpha = values.number("--alpha") else {
        throw .usage("--alpha A is required for 'reglab fit'", command: command)
      }
      options.alpha = alpha
    }
    return options
  }
}
