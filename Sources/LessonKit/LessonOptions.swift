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

  /// Parses the arguments after the program name.
  ///
  /// Accepts `--output DIR` and `--output=DIR`, likewise for `--seed`. The seed is a
  /// non-negative integer that fits in 64 bits.
  /// - Throws: `UsageError` naming the unknown option or the bad value.
  public static func parse(_ arguments: [String], defaultSeed: UInt64) throws(UsageError)
    -> Request
  {
    var options = LessonOptions(seed: defaultSeed)
    var index = 0
    func value(for name: String, inline: String?) throws(UsageError) -> String {
      if let inline { return inline }
      index += 1
      guard index < arguments.count else { throw UsageError("\(name) needs a value") }
      return arguments[index]
    }
    while index < arguments.count {
      let argument = arguments[index]
      let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        .map(String.init)
      let name = parts.first ?? argument
      let inline = argument.hasPrefix("--") && parts.count == 2 ? parts[1] : nil
      switch name {
      case "--help", "-h":
        return .help
      case "--quiet", "-q":
        guard inline == nil else { throw UsageError("--quiet takes no value") }
        options.isQuiet = true
      case "--output":
        let folder = try value(for: "--output", inline: inline)
        guard !folder.isEmpty, !folder.hasPrefix("-") || inline != nil else {
          throw UsageError("--output needs a folder name, got '\(folder)'")
        }
        options.outputRoot = folder
      case "--seed":
        let text = try value(for: "--seed", inline: inline)
        guard let seed = UInt64(text) else {
          throw UsageError("--seed must be a whole number from 0 to \(UInt64.max), got '\(text)'")
        }
        options.seed = seed
      default:
        throw UsageError("unknown option '\(argument)'")
      }
      index += 1
    }
    return .run(options)
  }

  /// The usage text for `program`, listing every option and its default.
  public static func usage(program: String, defaultSeed: UInt64) -> String {
    """
    usage: \(program) [--output DIR] [--seed N] [--quiet] [--help]
      --output DIR  write the figures to DIR/\(program)/ (default: Output)
      --seed N      seed for every random draw (default: \(defaultSeed))
      --quiet       print only the claims and the files written
      --help        show this help and exit
    """
  }
}

/// A command-line mistake: one line that names the problem.
public struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
