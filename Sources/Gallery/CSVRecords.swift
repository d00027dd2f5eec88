/// Reads RFC 4180 CSV, the format every lesson writes (`CSVTable` in `Figures`), back
/// into records of fields.
///
/// Fields are separated by commas and records by CRLF (a bare LF is accepted too). A field
/// in double quotes may hold commas, line breaks and doubled quotes (`""` reads as `"`).
/// A final line break does not start an empty record. Rows are returned as found: whether
/// they all have the header's width is for the caller to check (`isRectangular`).
public enum CSVRecords {
  /// The records of `text`, each a list of its fields.
  ///
  /// - Throws: `CSVFormatError` naming the line of a quote that is never closed, a
  ///   character after a closing quote, or a quote inside an unquoted field.
  public static func parse(_ text: String) throws(CSVFormatError) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = String.UnicodeScalarView()
    var line = 1
    var quoteLine = 1
    var state = State.fieldStart
    func endField() {
      record.append(String(field))
      field = String.UnicodeScalarView()
    }
    func endRecord() {
      endField()
      records.append(record)
      record = []
    }
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch (state, scalar) {
      case (.quoted, "\""):
        state = .quoteInQuoted
      case (.quoted, _):
        if scalar == "\n" { line += 1 }
        field.append(scalar)
      case (.quoteInQuoted, "\""):
        field.append("\"")
        state = .quoted
      case (.quoteInQuoted, ","), (.fieldStart, ","), (.unquoted, ","):
        endField()
        state = .fieldStart
      case (.quoteInQuoted, "\r"), (.fieldStart, "\r"), (.unquoted, "\r"):
        let next = scalars.next()
        guard next == "\n" else {
          throw CSVFormatError(line: line, reason: "a carriage return not followed by a line feed")
        }
        fallthrough
      case (.quoteInQuoted, "\n"), (.fieldStart, "\n"), (.unquoted, "\n"):
        endRecord()
        line += 1
        state = .fieldStart
      case (.quoteInQuoted, _):
        throw CSVFormatError(line: line, reason: "'\(scalar)' after the closing quote of a field")
      case (.fieldStart, "\""):
        quoteLine = line
        state = .quoted
      case (.unquoted, "\""):
        throw CSVFormatError(line: line, reason: "a double quote inside an unquoted field")
      case (.fieldStart, _), (.unquoted, _):
        field.append(scalar)
        state = .unquoted
      }
    }
    switch state {
    case .quoted:
      throw CSVFormatError(line: quoteLine, reason: "a quoted field that is never closed")
    case .fieldStart where record.isEmpty && field.isEmpty:
      break  // the text ended with a line break, or was empty
    default:
      endRecord()
    }
    return records
  }

  /// Whether there is a header and every record has as many fields as it.
  public static func isRectangular(_ records: [[String]]) -> Bool {
    guard let width = records.first?.count else { return false }
    return records.allSatisfy { $0.count == width }
  }

  private enum State {
    /// At the start of a field, nothing read yet.
    case fieldStart
    /// Inside a field that did not start with a quote.
    case unquoted
    /// Inside a quoted field.
    case quoted
    /// Just after a quote inside a quoted field: it closes the field or starts `""`.
    case quoteInQuoted
  }
}

/// CSV text that is not well-formed RFC 4180, with the line where the problem is.
public struct CSVFormatError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The 1-based line number.
  public let line: Int
  public let reason: String

  public init(line: Int, reason: String) {
    self.line = line
    self.reason = reason
  }

  public var description: String { "line \(line): \(reason)" }
}
