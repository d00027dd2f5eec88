/// One declared option: its name, the kind (and range) of its value, and its help.
///
/// Every command of the package declares its options with these and parses them with
/// `OptionParser`, so they all read `--name value` and `--name=value` alike, refuse a
/// repeated option and a missing value alike, and say so in the same words.
public struct OptionSpec: Sendable {
  /// What an option's value may be.
  public enum Kind: Sendable {
    /// No value: present or not.
    case flag
    /// Any non-empty text; `what` names it in messages ("a folder name").
    case text(what: String)
    /// One of these words.
    case choice([String])
    /// A whole number in the range.
    case integer(ClosedRange<Int>)
    /// A whole number from 0 to `UInt64.max` (a seed).
    case unsigned
    /// A finite number in the range.
    case number(NumberRange)
  }

  /// `--name`.
  public let name: String
  /// Other spellings, e.g. `-q`.
  public let aliases: [String]
  public let kind: Kind
  /// What the usage shows for the value: `DIR`, `N`, or a default such as `1e-3`.
  public let placeholder: String
  /// Shown without brackets in the usage (the command checks that it is given).
  public let isRequired: Bool
  /// The help text, one or more lines.
  public let help: String

  public init(
    _ name: String, aliases: [String] = [], _ kind: Kind, placeholder: String = "",
    isRequired: Bool = false, help: String
  ) {
    self.name = name
    self.aliases = aliases
    self.kind = kind
    self.placeholder = placeholder
    self.isRequired = isRequired
    self.help = help
  }

  /// `--name VALUE` (or `--name` for a flag), as in the usage.
  public var synopsis: String { placeholder.isEmpty ? name : name + " " + placeholder }

  /// What a valid value is, for the message that refuses one.
  public var requirement: String {
    switch kind {
    case .flag: "no value"
    case .text(let what): what
    case .choice(let words): Self.list(words)
    case .integer(let range):
      range.upperBound == Int.max
        ? "a whole number >= \(range.lowerBound)"
        : "a whole number from \(range.lowerBound) to \(range.upperBound)"
    case .unsigned: "a whole number from 0 to \(UInt64.max)"
    case .number(let range): "a number \(range)"
    }
  }

  static func list(_ words: [String]) -> String {
    guard let last = words.last else { return "" }
    return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " or " + last
  }
}

/// A range of finite numbers, each end open or closed (or absent).
public struct NumberRange: Sendable, CustomStringConvertible {
  public let lower: Double?
  public let lowerIsOpen: Bool
  public let upper: Double?
  public let upperIsOpen: Bool

  public init(
    lower: Double? = nil, open lowerIsOpen: Bool = false, upper: Double? = nil,
    open upperIsOpen: Bool = false
  ) {
    self.lower = lower
    self.lowerIsOpen = lowerIsOpen
    self.upper = upper
    self.upperIsOpen = upperIsOpen
  }

  /// `x > lower`, `x ≥ lower`, and likewise at the top; NaN and ±∞ are never in it.
  public func contains(_ x: Double) -> Bool {
    guard x.isFinite else { return false }
    if let lower, lowerIsOpen ? !(x > lower) : !(x >= lower) { return false }
    if let upper, upperIsOpen ? !(x < upper) : !(x <= upper) { return false }
    return true
  }

  /// "in (0, 1]", "> 0", ">= 0", "<= 5".
  public var description: String {
    switch (lower, upper) {
    case (let lower?, let upper?):
      "in \(lowerIsOpen ? "(" : "[")\(Self.text(lower)), \(Self.text(upper))\(upperIsOpen ? ")" : "]")"
    case (let lower?, nil): "\(lowerIsOpen ? ">" : ">=") \(Self.text(lower))"
    case (nil, let upper?): "\(upperIsOpen ? "<" : "<=") \(Self.text(upper))"
    case (nil, nil): "(any finite value)"
    }
  }

  /// `1`, `0.001`, `1e+300`: whole numbers without a decimal point.
  static func text(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
  }
}
