import CommandLineOptions

extension ArgumentParser {
  /// The largest grid: `--n-alphas` above it would only exhaust memory (a path keeps
  /// every fit, `n-alphas × features` coefficients; 9223372036854775807 crashed).
  static let maximumAlphaCount = 10_000
  /// The most sweeps per α: more cannot help a fit that 10⁵ sweeps did not converge,
  /// and only makes a run that never ends.
  static let maximumIterations = 100_000
  /// The most sweeps one path may take, `--n-alphas × --max-iter`: a bound on the work of
  /// a run whose fits never meet their tolerance (cv runs `--folds` + 1 such paths, which
  /// `--folds ≤ rows` bounds). The fuzz test found paths of 115 s at 20 × 10⁵ sweeps with
  /// --tol 1e-300 in a debug build; 10⁴ × 10⁵ would run for hours. The defaults, 100 ×
  /// 1000, are a tenth of it.
  static let maximumSweeps = 1_000_000
  /// The largest `--alpha`: `n·α` (the Ridge α reglab prints) stays finite.
  static let maximumAlpha = 1e300
  /// The smallest ρ: `α_max = max|xᵀy|/(n·ρ)` overflows as ρ → 0 (glmnet's ridge stand-in).
  static let smallestL1Ratio = 1e-3

  /// One option and the commands that take it.
  struct Declaration: Sendable {
    let spec: OptionSpec
    let commands: [Command]
    init(_ spec: OptionSpec, _ commands: [Command] = Command.allCases) {
      self.spec = spec
      self.commands = commands
    }
  }

  /// Every option of reglab, in usage order: the two required ones, those of one or two
  /// commands, then the common ones.
  static let declarations: [Declaration] = [
    Declaration(
      OptionSpec(
        "--csv", .text(what: "a file name"), placeholder: "FILE", isRequired: true,
        help: "CSV with a header row; the target is one column, every\n"
          + "other column a feature (a FIFO or <(command) works too)")),
    Declaration(
      OptionSpec(
        "--target", .text(what: "a column name"), placeholder: "NAME", isRequired: true,
        help: "the column to predict")),
    Declaration(
      OptionSpec(
        "--alpha", .number(NumberRange(lower: 0, upper: maximumAlpha)), placeholder: "A",
        isRequired: true, help: "the penalty strength α, 0 ≤ α ≤ 1e300 (required)"), [.fit]),
    Declaration(
      OptionSpec(
        "--folds", .integer(2...Int.max), placeholder: "5",
        help: "K folds: 2 ≤ K ≤ rows, each fold training on ≥ 2 rows (default 5)"), [.cv]),
    Declaration(
      OptionSpec(
        "--n-alphas", .integer(1...maximumAlphaCount), placeholder: "100",
        help: "grid size, at most \(maximumAlphaCount) (default 100)"), [.path, .cv]),
    Declaration(
      OptionSpec(
        "--eps", .number(NumberRange(lower: 0, open: true, upper: 1)), placeholder: "1e-3",
        help: "α_min/α_max in (0, 1] (default 1e-3); α_max·eps must not underflow"),
      [.path, .cv]),
    Declaration(
      OptionSpec(
        "--penalty", .choice(Penalty.allCases.map(\.rawValue)), placeholder: "l1|l2|elasticnet",
        help: "l1 (default), l2 or elasticnet")),
    Declaration(
      OptionSpec(
        "--l1-ratio", .number(NumberRange(lower: smallestL1Ratio, upper: 1)), placeholder: "R",
        help: "ρ in [0.001, 1], --penalty elasticnet only (default 0.5)")),
    Declaration(
      OptionSpec(
        "--tol", .number(NumberRange(lower: 0, open: true, upper: 1)), placeholder: "1e-4",
        help: "each fit stops when its duality gap is ≤ T·‖y − ȳ‖², T in\n"
          + "(0, 1] (default 1e-4; n times the objective's gap)")),
    Declaration(
      OptionSpec(
        "--max-iter", .integer(1...maximumIterations), placeholder: "1000",
        help: "at most N ≤ \(maximumIterations) sweeps per α (default 1000); reglab's\n"
          + "sweeps run over a working set, sklearn's over all features")),
    Declaration(
      OptionSpec(
        "--no-intercept", .flag, help: "no intercept: the data are not centered and b = 0")),
    Declaration(
      OptionSpec(
        "--standardize", .flag,
        help: "fit standardized data, report the original scale (below)")),
    Declaration(
      OptionSpec(
        "--out", .text(what: "a folder name"), placeholder: "DIR",
        help: "also write CSV and SVG files into DIR (created if missing)")),
    Declaration(OptionSpec("--json", .flag, help: "print one JSON object instead of the summary")),
    Declaration(
      OptionSpec(
        "--direct-gaps", .flag, help: "check every fit's gap directly from the data (see below)")),
  ]
}
