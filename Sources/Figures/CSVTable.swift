/// A table written as RFC 4180 CSV: a header row, then data rows, every line ended by
/// CRLF.
///
///     var table = CSVTable(header: ["alpha", "nonzeros"])
///     table.append([.number(0.1), .number(3)])
///     try table.text.write(to: url, atomically: true, encoding: .utf8)
///
/// Fields are quoted when they contain a comma, a double quote, CR or LF, with quotes
/// doubled. Numbers are written in Swift's shortest round-trip form
/// (`Double.description`: `0.1`, `1e-05`), so `Double(field) == value` for every finite
/// value, with these exceptions:
///
/// | value | field   | read back with `Double(_:)` |
/// |-------|---------|-----------------------------|
/// | −0.0  | `0.0`   | 0.0                         |
/// | NaN   | (empty) | `nil`                       |
/// | +∞    | `inf`   | +∞                          |
/// | −∞    | `-inf`  | −∞                          |
///
/// A row shorter than the header is padded with empty fields, so every line has the
/// same number of fields, as RFC 4180 asks.
public struct CSVTable: Sendable, Equatable {
  /// One field of a row.
  public enum Cell: Sendable, Equatable {
    /// Text, quoted if needed.
    case text(String)
    /// A number, written as described on `CSVTable`.
    case number(Double)
    /// An empty field.
    case empty
  }

  /// The column names.
  public var header: [String]
  /// The data rows.
  public var rows: [[Cell]]

  /// Creates a table with a header and, optionally, rows.
  public init(header: [String], rows: [[Cell]] = []) {
    self.header = header
    self.rows = rows
  }

  /// Adds a row at the end.
  public mutating func append(_ row: [Cell]) {
    rows.append(row)
  }

  /// The table as CSV text: header, rows, each line ended by `\r\n`.
  public var text: String {
    let width = rows.reduce(header.count) { max($0, $1.count) }
    func line(_ fields: [String]) -> String {
      let padded = fields + Array(repeating: "", count: width - fields.count)
      return padded.joined(separator: ",") + "\r\n"
    }
    var result = line(header.map(CSVTable.quoted))
    for row in rows {
      result += line(row.map(CSVTable.field))
    }
    return result
  }

  /// The text of one cell.
  public static func field(_ cell: Cell) -> String {
    switch cell {
    case .text(let text): quoted(text)
    case .number(let value): number(value)
    case .empty: ""
    }
  }

  /// `value` in shortest round-trip form; −0.0 as `0.0`, NaN as an empty field, ±∞ as
  /// `inf` and `-inf`.
  public static func number(_ value: Double) -> String {
    if value.isNaN { return "" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    if value == 0 { return "0.0" }
    return value.description
  }

  /// `text` as a CSV field: unchanged, or in double quotes (quotes inside doubled) when
  /// it holds a comma, a double quote, CR or LF.
  public static func quoted(_ text: String) -> String {
    let needsQuotes = text.unicodeScalars.contains { ",\"\r\n".unicodeScalars.contains($0) }
    guard needsQuotes else { return text }
    let doubled = text.unicodeScalars.flatMap { $0 == "\"" ? [$0, $0] : [$0] }
    return "\"" + String(String.UnicodeScalarView(doubled)) + "\""
  }
}
