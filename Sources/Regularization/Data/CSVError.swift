/// What is wrong with a CSV data set, and where: the file (or other source), the line and
/// the column (field number, counted from 1) when they apply.
///
/// `description` is one line in the form compilers use, so editors can jump to the spot:
///
///     data.csv:3:2: cell "abc" in column "x1" is not a number
///
/// A separate type from `RegularizationError` because every case carries a location.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The kinds of problem, each with the values its message names.
  public enum Problem: Equatable, Sendable {
    /// The file could not be read (missing, a directory, no permission).
    case unreadable(reason: String)
    /// The file has no header row.
    case empty
    /// The header row has no data rows after it.
    case headerOnly
    /// Fewer data rows than a fit needs.
    case tooFewRows(count: Int, minimum: Int)
    /// A row with a different number of fields from the header.
    case raggedRow(fields: Int, expected: Int)
    /// A quoted field whose closing quote never comes.
    case unclosedQuote
    /// Text right after a field's closing quote, e.g. `"1.5"x`.
    case textAfterQuote
    /// A header cell that is empty.
    case emptyName
    /// No header cell equals the target name.
    case missingTarget(name: String, columns: [String])
    /// The target name appears in two header cells.
    case duplicateTarget(name: String, firstColumn: Int)
    /// A feature name appears in two header cells.
    case duplicateFeature(name: String, firstColumn: Int)
    /// The header has the target column and nothing else.
    case noFeatures(target: String)
    /// A cell that does not parse as a number.
    case notANumber(cell: String, column: String)
    /// A cell that parses as NaN or ±infinity (or overflows to it).
    case notFinite(cell: String, column: String)
  }

  /// The file name or other label of the text (`"<text>"` if none was given).
  public var source: String
  /// The line (from 1) where the problem is, if it has one.
  public var line: Int?
  /// The field (from 1) where the problem is, if it has one.
  public var column: Int?
  /// What is wrong.
  public var problem: Problem

  public init(source: String, line: Int? = nil, column: Int? = nil, problem: Problem) {
    self.source = source
    self.line = line
    self.column = column
    self.problem = problem
  }

  public var description: String {
    var location = source
    if let line {
      location += ":\(line)"
      if let column { location += ":\(column)" }
    }
    return "\(location): \(message)"
  }

  /// The message without the location.
  public var message: String {
    switch problem {
    case .unreadable(let reason): "cannot read the file: \(reason)"
    case .empty: "the file is empty; expected a header row and at least 2 data rows"
    case .headerOnly: "there are no data rows after the header; need at least 2"
    case .tooFewRows(let count, let minimum):
      "only \(count) data row\(count == 1 ? "" : "s"); need at least \(minimum)"
    case .raggedRow(let fields, let expected):
      "this row has \(fields) field\(fields == 1 ? "" : "s") but the header has \(expected)"
    case .unclosedQuote: "a quoted field is not closed before the end of the file"
    case .textAfterQuote: "unexpected text after the closing quote of a field"
    case .emptyName: "this header cell is empty; every column needs a name"
    case .missingTarget(let name, let columns):
      "no column named \(quoted(name)) in the header (columns: \(list(columns)))"
    case .duplicateTarget(let name, let first):
      "the target \(quoted(name)) is also column \(first); the target must be one column"
    case .duplicateFeature(let name, let first):
      "column \(quoted(name)) is also column \(first); feature names must be distinct"
    case .noFeatures(let target):
      "the header has only the target column \(quoted(target)); need at least one feature"
    case .notANumber(let cell, let column):
      cell.isEmpty
        ? "the cell in column \(quoted(column)) is empty; expected a number"
        : "cell \(quoted(cell)) in column \(quoted(column)) is not a number"
    case .notFinite(let cell, let column):
      "cell \(quoted(cell)) in column \(quoted(column)) is not a finite number"
    }
  }

  /// `text` in double quotes, cut at 40 characters, with every character that is not
  /// printable (control characters such as NUL, and bytes that were not UTF-8, read as
  /// U+FFFD) written as `\u{…}`, so a binary file cannot put raw bytes into the message.
  private func quoted(_ text: String) -> String {
    let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
    var escaped = ""
    for scalar in shown.unicodeScalars {
      let printable =
        scalar != "\u{FFFD}" && !scalar.properties.generalCategory.isControlOrFormat
      escaped += printable ? String(scalar) : "\\u{\(String(scalar.value, radix: 16))}"
    }
    return "\"\(escaped)\""
  }

  private func list(_ names: [String]) -> String {
    let shown = names.prefix(8).map(quoted).joined(separator: ", ")
    return names.count > 8 ? shown + ", … (\(names.count) in all)" : shown
  }
}

extension Unicode.GeneralCategory {
  /// Control (Cc), format (Cf), line and paragraph separators, unassigned and private use.
  var isControlOrFormat: Bool {
    switch self {
    case .control, .format, .lineSeparator, .paragraphSeparator, .unassigned, .privateUse,
      .surrogate:
      true
    default: false
    }
  }
}
