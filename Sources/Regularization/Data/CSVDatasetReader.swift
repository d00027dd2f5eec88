/// The state `CSVDataset` keeps while `CSVScanner` hands it fields: the header's meaning,
/// then each row's numbers, checked as they arrive.
struct CSVDatasetReader {
  /// What the header row says.
  struct Header {
    /// Every column name, in file order.
    var names: [String]
    /// The position of the target among them.
    var targetIndex: Int
    /// The names of the other columns.
    var featureNames: [String]
  }

  let target: String
  let source: String
  private(set) var header: Header?
  private(set) var rowCount = 0
  /// Row-major feature values of the complete rows so far.
  private(set) var features: [Double] = []
  private(set) var targets: [Double] = []
  private var headerCells: [String] = []

  init(target: String, source: String) {
    self.target = target
    self.source = source
  }

  /// Takes one field: a header name, or a cell to parse.
  mutating func take(_ field: CSVScanner.Field) throws(CSVError) {
    guard let header else {
      let bytes = field.isQuoted ? field.bytes : Self.trimmed(field.bytes)
      headerCells.append(String(decoding: bytes, as: UTF8.self))
      return
    }
    // Extra fields are reported by `endRecord` with the row's field count.
    guard field.index < header.names.count else { return }
    let bytes = field.isQuoted ? field.bytes : Self.trimmed(field.bytes)
    let text = String(decoding: bytes, as: UTF8.self)
    guard let value = Double(text) else {
      throw error(field, .notANumber(cell: text, column: header.names[field.index]))
    }
    guard value.isFinite else {
      throw error(field, .notFinite(cell: text, column: header.names[field.index]))
    }
    if field.index == header.targetIndex {
      targets.append(value)
    } else {
      features.append(value)
    }
  }

  /// Closes a record: checks the header, or the row's length.
  mutating func endRecord(_ count: Int, _ line: Int) throws(CSVError) {
    guard let header else {
      header = try Self.header(headerCells, target: target, source: source, line: line)
      return
    }
    guard count == header.names.count else {
      throw CSVError(
        source: source, line: line,
        problem: .raggedRow(fields: count, expected: header.names.count))
    }
    rowCount += 1
  }

  private func error(_ field: CSVScanner.Field, _ problem: CSVError.Problem) -> CSVError {
    CSVError(source: source, line: field.line, column: field.index + 1, problem: problem)
  }

  private static func header(_ names: [String], target: String, source: String, line: Int)
    throws(CSVError) -> Header
  {
    var firstColumn: [String: Int] = [:]
    var targetIndex: Int? = nil
    for (index, name) in names.enumerated() {
      let column = index + 1
      guard !name.isEmpty else {
        throw CSVError(source: source, line: line, column: column, problem: .emptyName)
      }
      if let first = firstColumn[name] {
        let problem: CSVError.Problem =
          name == target
          ? .duplicateTarget(name: name, firstColumn: first)
          : .duplicateFeature(name: name, firstColumn: first)
        throw CSVError(source: source, line: line, column: column, problem: problem)
      }
      firstColumn[name] = column
      if name == target { targetIndex = index }
    }
    guard let targetIndex else {
      throw CSVError(
        source: source, line: line, problem: .missingTarget(name: target, columns: names))
    }
    guard names.count > 1 else {
      throw CSVError(source: source, line: line, problem: .noFeatures(target: target))
    }
    var featureNames = names
    featureNames.remove(at: targetIndex)
    return Header(names: names, targetIndex: targetIndex, featureNames: featureNames)
  }

  /// `bytes` without spaces and tabs at either end.
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var start = 0
    var end = bytes.count
    while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
    while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }
}
