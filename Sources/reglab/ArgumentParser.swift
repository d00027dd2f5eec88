import CommandLineOptions

/// Reads a command line into a `Command` and checked `Options`, or a request for help.
///
/// The command comes first; its options are declared in `ArgumentParser.declarations` and
/// read by the package's one `OptionParser`: `--tol 1e-6` or `--tol=1e-6`, in any order,
/// each at most once, every value checked against its range as it is read. A value may
/// start with `-` (`--alpha -1` reaches the check that rejects it), but not with `--`,
/// which is taken as a forgotten value (`--target --help` is "--target needs a value").
enum ArgumentParser {
  /// What the command line asks for.
  enum Invocation: Equatable, Sendable {
    /// Print this help text and exit 0.
    case help(String)
    /// Run a command.
    case run(Command, Options)
  }

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
          ? "unknown option \(Quote.value(first)); the command (path, fit or cv) comes first"
          : "unknown command \(Quote.value(first)); expected path, fit or cv", command: nil)
    }
    let parsed: ParsedOptions
    do {
      switch try parser(for: command).parse(Array(arguments.dropFirst())) {
      case .help: return .help(Help.text(for: command))
      case .run(let options): parsed = options
      }
    } catch {
      throw .usage(message(error, command), command: command)
    }
    return .run(command, try options(from: parsed, for: command))
  }

  /// The parser's message, with the command named for an option it does not have.
  private static func message(_ error: OptionError, _ command: Command) -> String {
    guard case .unknown(let name) = error else { return error.message }
    let owners = Command.allCases.filter { parser(for: $0).spec(named: name) != nil }
    guard !owners.isEmpty else {
      return "unknown option \(Quote.value(name)) for 'reglab \(command)'"
    }
    return "\(name) is an option of "
      + owners.map { "'reglab \($0)'" }.joined(separator: " and ")
      + ", not of 'reglab \(command)'"
  }

  /// The options of `command`, in the order the usage lists them.
  static func parser(for command: Command) -> OptionParser {
    OptionParser(
      declarations.filter { $0.commands.contains(command) }.map(\.spec))
  }
}
