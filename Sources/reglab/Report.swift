/// What a command produces: a summary for people, a JSON object for programs, and the
/// files of `--out DIR`.
protocol Report {
  /// The summary printed on standard output; `written` lists the files of `--out`.
  func summary(written: [String]) -> String
  /// The object printed with `--json`.
  func json() -> JSONValue
  /// The files `--out DIR` gets.
  func files() -> OutputFiles
  /// A line for standard error, e.g. when a fit did not converge.
  var warning: String? { get }
}

extension Report {
  /// The keys every command's JSON starts with.
  static func commonJSON(_ problem: Problem, command: Command) -> [(String, JSONValue)] {
    // `data_scale` only when the data were scaled (see `DataScale`): the gaps are then in
    // the scaled problem's units.
    let scale: [(String, JSONValue)] =
      problem.data.scale == 1 ? [] : [("data_scale", .number(problem.data.scale))]
    return [
      ("command", .string(command.rawValue)),
      ("penalty", .string(problem.options.penalty.rawValue)),
      ("l1_ratio", .number(problem.l1Ratio)),
      ("fit_intercept", .bool(problem.options.fitIntercept)),
      ("standardize", .bool(problem.options.standardize)),
      ("tol", .number(problem.options.tolerance)),
      ("gap_check", .string(problem.options.directGaps ? "direct" : "certified")),
      ("n_samples", .integer(problem.data.rows)),
      ("n_features", .integer(problem.data.featureCount)),
      ("feature_names", .array(problem.data.csv.featureNames.map(JSONValue.string))),
    ] + scale
  }
}
