/// Reads a command line against declared options (`OptionSpec`).
///
/// Rules, the same for every command of the package:
/// - `--name value` or `--name=value`; a value may start with `-` (`--alpha -1` reaches
///   the range check that refuses it) but not with `--`, which is taken as a forgotten
///   value: `--target --help` is "--target needs a value".
/// - each option at most once; a flag takes no `=value`; every value is checked against
///   its kind and range when it is read.
/// - `--help` (or `-h`) where an option may stand asks for help: parsing stops there, so
///   an error before it is still reported.
/// - anything else is an unknown option (it starts with `-`) or an unexpected argument.
public struct OptionParser: Sendable {
  public let options: [OptionSpec]
  /// The spellings that ask for help.
  public var helpNames = ["--help", "-h"]

  public init(_ options: [OptionSpec]) { self.options = options }

  /// What the command line asks for.
  public enum Request: Equatable, Sendable {
    case help
    case run(ParsedOptions)
  }

  /// Parses `arguments` (after the program and any subcommand).
  public func parse(_ arguments: [String]) throws(OptionError) -> Request {
    var parsed = ParsedOptions()
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if helpNames.contains(argument) { return .help }
      guard argument.hasPrefix("-"), argument.count > 1 else {
        throw .unexpected(argument)
      }
      var written = argument
      var inline: String? = nil
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        written = String(argument[..<equals])
        inline = String(argument[argument.index(after: equals)...])
      }
      guard let spec = spec(named: written) else { throw .unknown(written) }
      guard !parsed.has(spec.name) else { throw .repeated(spec.name) }
      if case .flag = spec.kind {
        guard inline == nil else { throw .takesNoValue(spec.name) }
        parsed.set(spec.name, .flag)
        continue
      }
      let text: String
      if let inline {
        text = inline
      } else {
        guard index < arguments.count, !arguments[index].hasPrefix("--") else {
          throw .missingValue(spec.name)
        }
        text = arguments[index]
        index += 1
      }
      parsed.set(spec.name, try Self.value(text, for: spec))
    }
    return .run(parsed)
  }

  /// The declaration of `name` or one of its aliases.
  public func spec(named name: String) -> OptionSpec? {
    options.first { $0.name == name || $0.aliases.contains(name) }
  }

  static func value(_ text: String, for spec: OptionSpec) throws(OptionError)
    -> ParsedOptions.Value
  {
    let invalid = OptionError.invalid(
      name: spec.name, value: text, requirement: spec.requirement, isText: spec.isText)
    switch spec.kind {
    case .flag:
      return .flag
    case .text:
      guard !text.isEmpty else { throw invalid }
      return .text(text)
    case .choice(let words):
      guard words.contains(text) else { throw invalid }
      return .text(text)
    case .integer(let range):
      guard let value = Int(text), range.contains(value) else { throw invalid }
      return .integer(value)
    case .unsigned:
      guard let value = UInt64(text) else { throw invalid }
      return .unsigned(value)
    case .number(let range):
      guard let value = Double(text), range.contains(value) else { throw invalid }
      return .number(value)
    }
  }
}

extension OptionSpec {
  /// Text options say "needs a folder name", the others "must be …".
  var isText: Bool {
    if case .text = kind { return true }
    return false
  }
}
