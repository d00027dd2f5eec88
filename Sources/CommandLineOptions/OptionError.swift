/// A command line the declared options do not allow, each with its one-line message.
public enum OptionError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `--name` is not declared (the name as written, before any `=`).
  case unknown(String)
  /// `--name` takes a value and none follows (the end, or another `--option`).
  case missingValue(String)
  /// `--name` appears twice.
  case repeated(String)
  /// A flag written `--name=value`.
  case takesNoValue(String)
  /// The value does not parse or is out of range: name, value, requirement.
  case invalid(name: String, value: String, requirement: String, isText: Bool)
  /// An argument that is not an option.
  case unexpected(String)

  public var message: String {
    switch self {
    case .unknown(let name): "unknown option \(Quote.value(name))"
    case .missingValue(let name): "\(name) needs a value"
    case .repeated(let name): "\(name) is given twice"
    case .takesNoValue(let name): "\(name) takes no value"
    case .invalid(let name, let value, let requirement, let isText):
      isText
        ? "\(name) needs \(requirement), got \(Quote.value(value))"
        : "\(name) must be \(requirement), got \(Quote.value(value))"
    case .unexpected(let argument): "unexpected argument \(Quote.value(argument))"
    }
  }

  public var description: String { message }
}
