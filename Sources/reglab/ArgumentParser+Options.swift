extension ArgumentParser {
  /// Checks each value and builds the options (see `Help` for what each one means).
  static func options(from values: [String: String], for command: Command)
    throws(ReglabError) -> Options
  {
    var options = Options()
    guard let csv = values["--csv"], !csv.isEmpty else {
      throw .usage("--csv FILE is required", command: command)
    }
    guard let target = values["--target"], !target.isEmpty else {
      throw .usage("--target NAME is required (the column to predict)", command: command)
    }
    options.csvPath = csv
    options.target = target
    if let text = values["--penalty"] {
      guard let penalty = Penalty(rawValue: text) else {
        throw .usage("--penalty must be l1, l2 or elasticnet, got '\(text)'", command: command)
      }
      options.penalty = penalty
    }
    if let text = values["--l1-ratio"] {
      guard options.penalty == .elasticnet else {
        throw .usage(
          "--l1-ratio goes with --penalty elasticnet (l1 means ρ = 1, l2 means ρ = 0)",
          command: command)
      }
      options.l1RatioOption = try number(
        "--l1-ratio", text, "a number in (0, 1]", command
      ) { $0 > 0 && $0 <= 1 }
    }
    if let text = values["--n-alphas"] {
      options.alphaCount = try integer("--n-alphas", text, atLeast: 1, command)
    }
    if let text = values["--eps"] {
      options.eps = try number("--eps", text, "a number in (0, 1]", command) { $0 > 0 && $0 <= 1 }
    }
    if let text = values["--tol"] {
      options.tolerance = try number("--tol", text, "a number > 0", command) { $0 > 0 }
    }
    if let text = values["--max-iter"] {
      options.maxIterations = try integer("--max-iter", text, atLeast: 1, command)
    }
    options.fitIntercept = values["--no-intercept"] == nil
    options.standardize = values["--standardize"] != nil
    if options.standardize && !options.fitIntercept {
      throw .usage(
        "--standardize centers the data, which fits an intercept; drop --no-intercept",
        command: command)
    }
    if let text = values["--out"] {
      guard !text.isEmpty else { throw .usage("--out needs a folder name", command: command) }
      options.outputDirectory = text
    }
    options.json = values["--json"] != nil
    options.directGaps = values["--direct-gaps"] != nil
    if command == .fit {
      guard let text = values["--alpha"] else {
        throw .usage("--alpha A is required for 'reglab fit'", command: command)
      }
      options.alpha = try number("--alpha", text, "a number >= 0", command) { $0 >= 0 }
    }
    if let text = values["--folds"] {
      options.folds = try integer("--folds", text, atLeast: 2, command)
    }
    return options
  }

  static func number(
    _ name: String, _ text: String, _ requirement: String, _ command: Command,
    _ isValid: (Double) -> Bool
  ) throws(ReglabError) -> Double {
    guard let value = Double(text), value.isFinite, isValid(value) else {
      throw .usage("\(name) must be \(requirement), got '\(text)'", command: command)
    }
    return value
  }

  static func integer(
    _ name: String, _ text: String, atLeast minimum: Int, _ command: Command
  )
    throws(ReglabError) -> Int
  {
    guard let value = Int(text), value >= minimum else {
      throw .usage("\(name) must be a whole number >= \(minimum), got '\(text)'", command: command)
    }
    return value
  }
}
