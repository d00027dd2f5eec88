/// The options a command line gave, checked against their declarations.
public struct ParsedOptions: Equatable, Sendable {
  /// A checked value.
  public enum Value: Equatable, Sendable {
    case flag
    case text(String)
    case integer(Int)
    case unsigned(UInt64)
    case number(Double)
  }

  /// By declared name (aliases resolved).
  public private(set) var values: [String: Value] = [:]

  public init(values: [String: Value] = [:]) { self.values = values }

  mutating func set(_ name: String, _ value: Value) { values[name] = value }

  /// Whether `name` was given.
  public func has(_ name: String) -> Bool { values[name] != nil }

  public func text(_ name: String) -> String? {
    if case .text(let text)? = values[name] { return text }
    return nil
  }

  public func integer(_ name: String) -> Int? {
    if case .integer(let value)? = values[name] { return value }
    return nil
  }

  public func unsigned(_ name: String) -> UInt64? {
    if case .unsigned(let value)? = values[name] { return value }
    return nil
  }

  public func number(_ name: String) -> Double? {
    if case .number(let value)? = values[name] { return value }
    return nil
  }
}
