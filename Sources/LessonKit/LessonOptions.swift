import CommandLineOptions

/// The command-line options every lesson accepts.
///
///     lesson-N [--output DIR] [--seed N] [--quiet] [--help]
///
/// Parsing never touches the file system, so a bad option is reported before anything is
/// written.
public struct LessonOptions: Equatable, Sendable {
  /// The folder that receives `lesson-N/`; `Output` unless `--output` says otherwise.
  public var outputRoot: String
  /// The seed for every random draw in the lesson.
  public var seed: UInt64
  /// With `--quiet`, only the claims and the files written are printed.
  public var isQuiet: Bool

  public init(outputRoot: String = "Output", seed: UInt64, isQuiet: Bool = false) {
    self.outputRoot = outputRoot
    self.seed = seed
    self.isQuiet = isQuiet
  }

  /// What the command line asks for: run the lesson with these options, or show the help.
  public enum Request: Equatable, Sendable {
    case run(LessonOptions)
    case help
  }

  /// The declared options of a lesson program (see `OptionParser` for the rules).
  public static func declarations(program: String, defaultSeed: UInt64) -> OptionParser {
    OptionParser([
      OptionSpec(
        "--output", .text(what: "a folder name"), placeholder: "DIR",
        help: "write the figures to DIR/\(program)/ (default: Output)"),
      OptionSpec(
        "--seed", .unsigned, placeholder: "N",
        help: "seed for every random draw (default: \(defaultSeed))"),
      OptionSpec(
        "--quiet", aliases: ["-q"], .flag, help: "print only the claims and the files written"),
    ])
  }

  /// Parses the arguments after the program name.
  ///
  /// Accepts `--output DIR` and `--output=DIR`, likewise for `--seed`, each at most once.
  /// The seed is a non-negative integer that fits in 64 bits.
  /// - Throws: `UsageError` naming the unknown option or the bad value.
  public static func parse(_ arguments: [String], defaultSeed: UInt64) throws(UsageError)
    -> Request
  {
    let parser = declarations(program: "lesson", defaultSeed: defaultSeed)
    let parsed: ParsedOptions
    do {
      switch try parser.parse(arguments) {
      case .help: return .help
      case .run(let options): parsed = options
      }
    } catch {
      throw UsageError(error.message)
    }
    return .run(
      LessonOptions(
        outputRoot: parsed.text("--output") ?? "Output",
        seed: parsed.unsigned("--seed") ?? defaultSeed, isQuiet: parsed.has("--quiet")))
  }

  /// The usage text for `program`, generated from the declarations.
  public static func usage(program: String, defaultSeed: UInt64) -> String {
    let parser = declarations(program: program, defaultSeed: defaultSeed)
    return parser.synopsis(lead: "usage: \(program) ", help: true) + "\n"
      + parser.optionLines(help: "show this help and exit")
  }
}

/// A command-line mistake: one line that names the problem.
public struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
