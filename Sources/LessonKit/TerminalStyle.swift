import Foundation

/// How the terminal story is styled: bold section headings and green "held" / red "not
/// held" when standard output is a terminal, plain text otherwise.
///
/// Plain when output is piped or redirected, when `NO_COLOR` is set to anything non-empty
/// (no-color.org), and with `--quiet`. Files under `Output/` never contain escape codes:
/// only the terminal rendering uses this.
public struct TerminalStyle: Equatable, Sendable {
  /// Whether escape codes are written.
  public let isStyled: Bool

  public init(isStyled: Bool) { self.isStyled = isStyled }

  /// Plain text, no escape codes.
  public static let plain = TerminalStyle(isStyled: false)

  /// The style for a process whose standard output is (or is not) a terminal.
  public static func detect(
    isTerminal: Bool, environment: [String: String], isQuiet: Bool
  ) -> TerminalStyle {
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    return TerminalStyle(isStyled: isTerminal && !noColor && !isQuiet)
  }

  /// The style of this process's standard output.
  public static func current(isQuiet: Bool) -> TerminalStyle {
    detect(
      isTerminal: isatty(STDOUT_FILENO) != 0, environment: ProcessInfo.processInfo.environment,
      isQuiet: isQuiet)
  }

  public func bold(_ text: String) -> String { wrap(text, "1") }
  public func green(_ text: String) -> String { wrap(text, "32") }
  public func red(_ text: String) -> String { wrap(text, "1;31") }

  private func wrap(_ text: String, _ code: String) -> String {
    isStyled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
