/// The printer that tells a lesson's story in the terminal: headed sections, wrapped
/// paragraphs, formulas on their own indented lines, and aligned tables of numbers.
///
/// In quiet mode the story is suppressed; `always(_:)` still prints (claims, files).
/// Output goes to a sink so tests can capture it.
public struct Narrative: Sendable {
  /// The column at which paragraphs wrap.
  public static let width = 88

  public let isQuiet: Bool
  private let sink: @Sendable (String) -> Void
  private var sectionCount = 0

  /// A narrative that writes lines to `sink` (standard output by default).
  public init(isQuiet: Bool = false, sink: @escaping @Sendable (String) -> Void = { print($0) }) {
    self.isQuiet = isQuiet
    self.sink = sink
  }

  /// Prints a line even in quiet mode.
  public func always(_ line: String) { sink(line) }

  /// A numbered section heading: `── 2. The path experiment ──…`.
  ///
  /// - Parameters:
  ///   - title: The heading, without its number.
  ///   - files: The lesson's own source files this section calls (e.g.
  ///     `["SparsityExperiment.swift"]`), linked from the section on the notebook page.
  ///   - fileID, line: Where the call is, so the page links the heading to the code.
  public mutating func section(
    _ title: String, uses files: [String] = [], fileID: String = #fileID, line: Int = #line
  ) {
    sectionCount += 1
    guard !isQuiet else { return }
    let heading = "── \(sectionCount). \(title) "
    sink("")
    sink(heading + String(repeating: "─", count: max(3, Self.width - TextWidth.columns(heading))))
  }

  /// A paragraph wrapped at `width` columns, optionally indented.
  public func paragraph(_ text: String, indent: Int = 0) {
    guard !isQuiet else { return }
    for line in Self.wrap(text, width: Self.width - indent) {
      sink(String(repeating: " ", count: indent) + line)
    }
  }

  /// A formula on its own line, indented by four spaces, in plain Unicode.
  public func formula(_ text: String) {
    guard !isQuiet else { return }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      sink("    " + line)
    }
  }

  /// What the lesson expects to see, said before the numbers are printed.
  public func expect(_ text: String) { paragraph("Expect: " + text) }

  /// A measured result, said after the computation, marked with an arrow.
  public func result(_ text: String) { paragraph("→ " + text, indent: 2) }

  /// A table with a header row and aligned columns: numbers right-aligned, text left.
  public func table(_ headers: [String], _ rows: [[String]], indent: Int = 2) {
    guard !isQuiet else { return }
    for line in TextTable(headers: headers, rows: rows).lines() {
      sink(String(repeating: " ", count: indent) + line)
    }
  }

  /// An empty line.
  public func blank() {
    guard !isQuiet else { return }
    sink("")
  }

  /// Splits `text` into lines of at most `width` terminal columns at spaces; a word longer
  /// than the width stands on its own line. Explicit newlines are kept.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for word in paragraph.split(separator: " ") {
        if line.isEmpty {
          line = String(word)
        } else if TextWidth.columns(line) + 1 + TextWidth.columns(word) <= width {
          line += " " + word
        } else {
          lines.append(line)
          line = String(word)
        }
      }
      lines.append(line)
    }
    return lines
  }
}
