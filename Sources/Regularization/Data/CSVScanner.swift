/// Splits CSV bytes into records and fields (RFC 4180), keeping track of line numbers.
///
/// - Fields are separated by `,`; records end at LF, CRLF or a lone CR; the last record
///   may end without a line break.
/// - A field that starts with `"` is quoted: it runs to the next lone `"`, may contain `,`,
///   line breaks, and `""` for one `"`. Only `,` or a line break may follow its closing quote.
/// - Empty lines (nothing between two line breaks) are skipped; they still count as lines.
/// - A UTF-8 byte-order mark at the start is skipped.
///
/// Fields are handed to the caller as bytes, without copying unless a quoted field contains
/// `""` (then the unescaped text is passed from a scratch buffer).
struct CSVScanner {
  /// A field as the caller receives it.
  struct Field {
    /// The field's text (valid only during the callback).
    var bytes: UnsafeBufferPointer<UInt8>
    /// The field's position in its record, from 0.
    var index: Int
    /// The line on which the field starts, from 1.
    var line: Int
    /// Whether the field was quoted (quoted text is taken as is, spaces included).
    var isQuoted: Bool
  }

  private static let comma = UInt8(ascii: ",")
  private static let quote = UInt8(ascii: "\"")
  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// Scans all of `bytes`, or its first `recordLimit` records.
  ///
  /// - Parameters:
  ///   - source: The name used in errors.
  ///   - recordLimit: Stop after this many records (`CSVDataset` reads the header alone).
  ///   - field: Called for every field, in order.
  ///   - endOfRecord: Called after the last field of each record with the number of fields
  ///     and the line on which the record started.
  /// - Returns: The offset just after the last record scanned (after its line break).
  /// - Throws: `.unclosedQuote` and `.textAfterQuote`, and whatever the callbacks throw.
  @discardableResult
  static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, source: String, recordLimit: Int = .max,
    field: (Field) throws(CSVError) -> Void,
    endOfRecord: (_ fields: Int, _ line: Int) throws(CSVError) -> Void
  ) throws(CSVError) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    var records = 0
    let end = bytes.count
    var position = 0
    if end >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { position = 3 }
    var line = 1
    var scratch: [UInt8] = []
    while position < end {
      let first = base[position]
      if first == newline || first == carriageReturn {  // an empty line
        position +=
          first == carriageReturn && position + 1 < end && base[position + 1] == newline
          ? 2 : 1
        line += 1
        continue
      }
      let recordLine = line
      var index = 0
      while true {
        let fieldLine = line
        var isQuoted = false
        var text: UnsafeBufferPointer<UInt8>
        if position < end && base[position] == quote {
          isQuoted = true
          position += 1
          let start = position
          var hasEscapes = false
          while true {
            guard position < end else {
              throw CSVError(
                source: source, line: fieldLine, column: index + 1, problem: .unclosedQuote)
            }
            let byte = base[position]
            if byte == quote {
              if position + 1 < end && base[position + 1] == quote {
                hasEscapes = true
                position += 2
                continue
              }
              break
            }
            if byte == newline
              || (byte == carriageReturn
                && !(position + 1 < end
                  && base[position + 1] == newline))
            {
              line += 1
            }
            position += 1
          }
          text = UnsafeBufferPointer(start: base + start, count: position - start)
          position += 1  // the closing quote
          if hasEscapes {
            scratch.removeAll(keepingCapacity: true)
            var k = 0
            while k < text.count {
              scratch.append(text[k])
              k += text[k] == quote ? 2 : 1
            }
          }
          if position < end, ![comma, newline, carriageReturn].contains(base[position]) {
            throw CSVError(
              source: source, line: line, column: index + 1, problem: .textAfterQuote)
          }
          if hasEscapes {
            try scratch.withUnsafeBufferPointer { (unescaped) throws(CSVError) in
              try field(Field(bytes: unescaped, index: index, line: fieldLine, isQuoted: true))
            }
          } else {
            try field(Field(bytes: text, index: index, line: fieldLine, isQuoted: true))
          }
        } else {
          let start = position
          while position < end {
            let byte = base[position]
            if byte == comma || byte == newline || byte == carriageReturn { break }
            position += 1
          }
          text = UnsafeBufferPointer(start: base + start, count: position - start)
          try field(Field(bytes: text, index: index, line: fieldLine, isQuoted: isQuoted))
        }
        index += 1
        if position < end && base[position] == comma {
          position += 1
          continue
        }
        if position < end {  // a line break ends the record
          position +=
            base[position] == carriageReturn && position + 1 < end
              && base[position + 1] == newline ? 2 : 1
          line += 1
        }
        try endOfRecord(index, recordLine)
        break
      }
      records += 1
      if records == recordLimit { break }
    }
    return position
  }
}
