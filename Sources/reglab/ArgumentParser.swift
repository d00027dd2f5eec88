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
}
