import Testing

@testable import reglab

/// Bad command lines and the first line of what reglab says (after "reglab: ").
private let badCommandLines: [([String], String)] = [
  ([], "missing command; expected path, fit or cv"),
  (["walk"], "unknown command 'walk'; expected path, fit or cv"),
  (["--csv", "d.csv"], "unknown option '--csv'; the command (path, fit or cv) comes first"),
  (
    ["path", "--csv", "d.csv", "--target", "y", "--colour"],
    "unknown option '--colour' for 'reglab path'"
  ),
  (
    ["path", "--csv", "d.csv", "--target", "y", "--alpha", "1"],
    "--alpha is an option of 'reglab fit', not of 'reglab path'"
  ),
  (
    ["fit", "--csv", "d.csv", "--target", "y", "--alpha", "1", "--folds", "3"],
    "--folds is an option of 'reglab cv', not of 'reglab fit'"
  ),
  (
    ["path", "--csv", "d.csv", "--target", "y", "--tol", "1", "--tol", "2"], "--tol is given twice"
  ),
  (["path", "--csv", "--target", "y"], "--csv needs a value"),
  (["path", "--csv", "d.csv", "--target"], "--target needs a value"),
  (["path", "--target", "y"], "--csv FILE is required"),
  (["path", "--csv", "d.csv"], "--target NAME is required (the column to predict)"),
  (["fit", "--csv", "d.csv", "--target", "y"], "--alpha A is required for 'reglab fit'"),
  (["path", "--csv", "d.csv", "--target", "y", "stray"], "unexpected argument 'stray'"),
  (
    ["path", "--csv", "d.csv", "--target", "y", "--penalty", "lasso"],
    "--penalty must be l1, l2 or elasticnet, got 'lasso'"
  ),
  (
    ["path", "--csv", "d.csv", "--target", "y", "--penalty", "elasticnet", "--l1-ratio", "2"],
    "--l1-ratio must be a number in [0.001, 1], got '2'"
  ),
  (
    ["path", "--csv", "d.csv", "--target", "y", "--penalty", "elasticnet", "--l1-ratio", "0"],
    "--l1-ratio must be a number in [0.001, 1], got '0'"
  ),
  (
    ["path", "--csv", "d.csv", "--target", "y", "--l1-ratio", "0.5"],
    "--l1-ratio goes with --penalty elasticnet (l1 means ρ = 1, l2 means ρ = 0)"
  ),
  (
    ["cv", "--csv", "d.csv", "--target", "y", "--folds", "1"],
    "--folds must be a whole number >= 2, got '1'"
  ),
  (
    ["cv", "--csv", "d.csv", "--target", "y", "--folds", "2.5"],
    "--folds must be a whole number >= 2, got '2.5'"
  ),
  (
    ["fit", "--csv", "d.csv", "--target", "y", "--alpha", "-1"],
    "--alpha must be a number in [0, 1e+300], got '-1'"
  ),
  (
    ["fit", "--csv", "d.csv", "--target", "y", "--alpha", "nan"],
    "--alpha must be a number in [0, 1e+300], got 'nan'"
  ),
  (
    ["path", "--csv", "d.csv", "--target", "y", "--tol", "0"],
    "--tol must be a number in (0, 1], got '0'"
  ),
  (
    ["path", "--csv", "d.csv", "--target", "y", "--eps", "1.5"],
    "--eps must be a number in (0, 1], got '1.5'"
  ),
  (
    ["path", "--csv", "d.csv", "--target", "y", "--n-alphas", "0"],
    "--n-alphas must be a whole number from 1 to 10000, got '0'"
  ),
  (
    ["path", "--csv", "d.csv", "--target", "y", "--max-iter", "ten"],
    "--max-iter must be a whole number from 1 to 100000, got 'ten'"
  ),
  (["path", "--csv", "d.csv", "--target", "y", "--json=yes"], "--json takes no value"),
  // Values the computation cannot take are refused by their range, naming the limit
  // (9223372036854775807 crashed, 100000000 ran out of memory, a subnormal ρ overflowed
  // α_max, --alpha 1e308 made n·α infinite).
  (
    ["path", "--csv", "d.csv", "--target", "y", "--n-alphas", "9223372036854775807"],
    "--n-alphas must be a whole number from 1 to 10000, got '9223372036854775807'"
  ),
  (
    ["cv", "--csv", "d.csv", "--target", "y", "--n-alphas", "100000000"],
    "--n-alphas must be a whole number from 1 to 10000, got '100000000'"
  ),
  (
    ["path", "--csv", "d.csv", "--target", "y", "--max-iter", "1000001"],
    "--max-iter must be a whole number from 1 to 100000, got '1000001'"
  ),
  (
    ["path", "--csv", "d.csv", "--target", "y", "--penalty", "elasticnet", "--l1-ratio", "1e-320"],
    "--l1-ratio must be a number in [0.001, 1], got '1e-320'"
  ),
  (
    ["fit", "--csv", "d.csv", "--target", "y", "--alpha", "1e308"],
    "--alpha must be a number in [0, 1e+300], got '1e308'"
  ),
  (
    ["path", "--csv", "d.csv", "--target", "y", "--tol", "2"],
    "--tol must be a number in (0, 1], got '2'"
  ),
  (
    ["path", "--csv", "d.csv", "--target", "y", "--eps", "0"],
    "--eps must be a number in (0, 1], got '0'"
  ),
  (
    ["path", "--csv", "d.csv", "--target", "y", "--n-alphas", "10000", "--max-iter", "100000"],
    "--n-alphas 10000 × --max-iter 100000 allows 1000000000 sweeps per path; their product "
      + "must be at most 1000000"
  ),
  (
    ["cv", "--csv", "d.csv", "--target", "y", "--n-alphas", "20", "--max-iter", "100000"],
    "--n-alphas 20 × --max-iter 100000 allows 2000000 sweeps per path; their product must "
      + "be at most 1000000"
  ),
  // --help where a value belongs is a forgotten value, not a request for help.
  (["path", "--csv", "d.csv", "--target", "--help"], "--target needs a value"),
  (["path", "--csv=", "--target", "y"], "--csv needs a file name, got ''"),
  (["path", "--csv", "d.csv", "--target", "y", "--json", "--json"], "--json is given twice"),
  (
    ["path", "--csv", "d\u{1B}[2J.csv", "--target", "y", "x\u{0}"], "unexpected argument 'x\\u{0}'"
  ),
  (
    ["path", "--csv", "d.csv", "--target", "y", "--standardize", "--no-intercept"],
    "--standardize centers the data, which fits an intercept; drop --no-intercept"
  ),
]

@Suite("Command-line parsing") struct ArgumentParserTests {
  @Test("bad command lines: exit 64, one line, then the usage", arguments: badCommandLines)
  func badCommandLinesAreRefused(arguments: [String], message: String) {
    let result = reglab(arguments)
    #expect(result.status == 64)
    let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first.map(String.init) == "reglab: \(message)")
    #expect(lines.dropFirst().first?.hasPrefix("usage: reglab") == true)
    #expect(result.stdout.isEmpty)
  }

  @Test("options in any order, with = or a separate value, and their defaults")
  func optionsAreRead() throws {
    let parsed = try ArgumentParser.parse([
      "cv", "--folds=3", "--target", "y", "--penalty", "elasticnet", "--csv=d.csv",
      "--l1-ratio", "0.25", "--no-intercept", "--json", "--out", "o",
    ])
    var expected = Options()
    expected.csvPath = "d.csv"
    expected.target = "y"
    expected.penalty = .elasticnet
    expected.l1RatioOption = 0.25
    expected.folds = 3
    expected.fitIntercept = false
    expected.json = true
    expected.outputDirectory = "o"
    #expect(parsed == .run(.cv, expected))
    #expect(expected.l1Ratio == 0.25)
  }

  @Test("l1 is ρ = 1, l2 is ρ = 0, elasticnet defaults to ρ = 0.5")
  func penaltiesMapToRatios() throws {
    for (penalty, ratio) in [("l1", 1.0), ("l2", 0.0), ("elasticnet", 0.5)] {
      let parsed = try ArgumentParser.parse([
        "path", "--csv", "d.csv", "--target", "y", "--penalty", penalty,
      ])
      guard case .run(_, let options) = parsed else {
        Issue.record("expected a run")
        continue
      }
      #expect(options.l1Ratio == ratio)
    }
  }

  @Test("the defaults, and cv with many folds, are within the sweep budget")
  func defaultsFitTheBudget() throws {
    for arguments in [
      ["cv", "--csv", "d.csv", "--target", "y", "--folds", "30"],
      ["path", "--csv", "d.csv", "--target", "y", "--n-alphas", "10", "--max-iter", "100000"],
    ] {
      #expect(throws: Never.self) { try ArgumentParser.parse(arguments) }
    }
  }

  @Test("a negative number is a value, not an option, so its check names it")
  func negativeValuesReachTheirCheck() {
    #expect(
      throws: ReglabError.usage(
        "--alpha must be a number in [0, 1e+300], got '-0.5'", command: .fit)
    ) {
      try ArgumentParser.parse(["fit", "--alpha", "-0.5", "--csv", "d.csv", "--target", "y"])
    }
  }
}
