/// Reads a command line into a `Command` and checked `Options`, or a request for help.
///
/// Options may be written `--tol 1e-6` or `--tol=1e-6`, in any order, each at most once.
/// A value may start with `-` (`--alpha -1` reaches the check that rejects it), but not
/// with `--`, which is taken as a forgotten value.
enum ArgumentParser {
  /// What the command line asks for.
  enum Invocation: Equatable, Sendable {
    /// Print this help text and exit 0.
    case help(String)
    /// Run a command.
    case run(Command, Options)
  }

  private struct Spec {
    let name: String
    let takesValue: Bool
    let commands: [Command]
  }

  private static let specs: [Spec] = [
    Spec(name: "--csv", takesValue: true, commands: Command.allCases),
    Spec(name: "--target", takesValue: true, commands: Command.allCases),
    Spec(name: "--penalty", takesValue: true, commands: Command.allCases),
    Spec(name: "--l1-ratio", takesValue: true, commands: Command.allCases),
    Spec(name: "--n-alphas", takesValue: true, commands: [.path, .cv]),
    Spec(name: "--eps", takesValue: true, commands: [.path, .cv]),
    Spec(name: "--tol", takesValue: true, commands: Command.allCases),
    Spec(name: "--max-iter", takesValue: true, commands: Command.allCases),
    Spec(name: "--no-intercept", takesValue: false, commands: Command.allCases),
    Spec(name: "--standardize", takesValue: false, commands: Command.allCases),
    Spec(name: "--out", takesValue: true, commands: Command.allCases),
    Spec(name: "--json", takesValue: false, commands: Command.allCases),
    Spec(name: "--direct-gaps", takesValue: false, commands: Command.allCases),
    Spec(name: "--alpha", takesValue: true, commands: [.fit]),
    Spec(name: "--folds", takesValue: true, commands: [.cv]),
  ]

  /// Parses the arguments after the program name.
  static func parse(_ arguments: [String]) throws(ReglabError) -> Invocation {
    guard let first = arguments.first else {
      throw .usage("missing command; expected path, fit or cv", command: nil)
    }
    if ["--help", "-h", "help"].contains(first) {
      if first == "help", arguments.count > 1, let command = Command(rawValue: arguments[1]) {
        return .help(Help.text(for: command))
      }
      return .help(Help.overview)
    }
    guard let command = Command(rawValue: first) else {
      throw .usage(
        first.hasPrefix("-")
          ? "unknown option '\(first)'; the command (path, fit or cv) comes first"
          : "unknown command '\(first)'; expected path, fit or cv", command: nil)
    }
    if arguments.contains("--help") || arguments.contains("-h") {
      return .help(Help.text(for: command))
    }
    let values = try collect(Array(arguments.dropFirst()), for: command)
    return .run(command, try options(from: values, for: command))
  }

  /// The options given, by name (flags map to ""), checked for being known and single.
  private static func collect(_ arguments: [String], for command: Command)
    throws(ReglabError) -> [String: String]
  {
    var values: [String: String] = [:]
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      guard argument.hasPrefix("--") else {
        throw .usage("unexpected argument '\(argument)'", command: command)
      }
      var name = argument
      var inline: String? = nil
      if let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        inline = String(argument[argument.index(after: equals)...])
      }
      guard let spec = specs.first(where: { $0.name == name }) else {
        throw .usage("unknown option '\(name)' for 'reglab \(command)'", command: command)
      }
      guard spec.commands.contains(command) else {
        let owners = spec.commands.map { "'reglab \($0)'" }.joined(separator: " and ")
        throw .usage(
          "\(name) is an option of \(owners), not of 'reglab \(command)'", command: command)
      }
      guard values[name] == nil else { throw .usage("\(name) is given twice", command: command) }
      if spec.takesValue {
        if let inline {
          values[name] = inline
        } else {
          guard index + 1 < arguments.count, !arguments[index + 1].hasPrefix("--") else {
            throw .usage("\(name) needs a value", command: command)
          }
          values[name] = arguments[index + 1]
          index += 1
        }
      } else {
        guard inline == nil else { throw .usage("\(name) takes no value", command: command) }
        values[name] = ""
      }
      index += 1
    }
    return values
  }

  private static func options(from values: [String: String], for command: Command)
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

  private static func number(
    _ name: String, _ text: String, _ requirement: String, _ command: Command,
    _ isValid: (Double) -> Bool
  ) throws(ReglabError) -> Double {
    guard let value = Double(text), value.isFinite, isValid(value) else {
      throw .usage("\(name) must be \(requirement), got '\(text)'", command: command)
    }
    return value
  }

  private static func integer(
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
