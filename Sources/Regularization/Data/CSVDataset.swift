import Foundation

/// A numeric data set read from CSV: a header row of column names, then one row per sample.
/// One column, named by `target`, is `y`; every other column is a feature.
///
///     x1,x2,"income, net",y
///     0.5,1,"2,5e3",3.25        ← quoted fields may hold commas; "" is one quote
///
/// The format is RFC 4180 (see `CSVScanner`): LF or CRLF line ends, a final line break or
/// not, empty lines skipped. Cells are numbers as Swift's `Double(String)` reads them, with
/// spaces or tabs around them ignored; NaN and infinity are refused, because no solver can
/// use them. Every problem is reported with its file, line and column (`CSVError`).
///
/// ```swift
/// let data = try CSVDataset(contentsOfFile: "houses.csv", target: "price")
/// print(data.featureNames, data.features.rows)
/// ```
public struct CSVDataset: Equatable, Sendable {
  /// The feature columns' names, in file order.
  public var featureNames: [String]
  /// The target column's name.
  public var targetName: String
  /// The features, one row per data row, columns in `featureNames` order.
  public var features: Matrix
  /// The targets, one per data row.
  public var targets: [Double]
  /// The 1-based column of the target in the file (for messages about it).
  public var targetColumn: Int

  /// The samples as a `Dataset`.
  public var dataset: Dataset { Dataset(unchecked: features, targets: targets) }

  /// The fewest data rows accepted: a centered fit needs two.
  public static let minimumRows = 2

  /// Reads and parses a file.
  ///
  /// - Throws: `CSVError` with `.unreadable` if the file cannot be read, else as
  ///   `init(bytes:target:source:)`.
  public init(contentsOfFile path: String, target: String) throws(CSVError) {
    // Read as a stream, so a FIFO or a process substitution `<(cat data.csv)` works.
    let contents: Data
    do {
      guard let handle = FileHandle(forReadingAtPath: path) else {
        throw CocoaError(.fileReadUnknown)
      }
      defer { try? handle.close() }
      contents = try handle.readToEnd() ?? Data()
    } catch {
      throw CSVError(source: path, problem: .unreadable(reason: Self.reason(for: error, path)))
    }
    try self.init(bytes: [UInt8](contents), target: target, source: path)
  }

  /// Parses CSV text.
  public init(parsing text: String, target: String, source: String = "<text>")
    throws(CSVError)
  {
    try self.init(bytes: Array(text.utf8), target: target, source: source)
  }

  /// Parses CSV bytes (UTF-8).
  ///
  /// - Parameter source: The name errors give for the text, usually the file's path.
  /// - Throws: `CSVError` for an empty file, no data rows or fewer than 2, a header cell
  ///   that is empty or repeated, a missing or repeated target, no feature column, a row
  ///   with the wrong number of fields, a quote problem, or a cell that is not a finite
  ///   number. The first problem in file order is reported.
  public init(bytes: [UInt8], target: String, source: String = "<text>") throws(CSVError) {
    var reader = CSVDatasetReader(target: target, source: source)
    try bytes.withUnsafeBufferPointer { (buffer) throws(CSVError) in
      try CSVScanner.scan(
        buffer, source: source, field: { (field) throws(CSVError) in try reader.take(field) },
        endOfRecord: { (count, line) throws(CSVError) in try reader.endRecord(count, line) })
    }
    guard let header = reader.header else {
      throw CSVError(source: source, problem: .empty)
    }
    guard reader.rowCount > 0 else { throw CSVError(source: source, problem: .headerOnly) }
    guard reader.rowCount >= Self.minimumRows else {
      throw CSVError(
        source: source, problem: .tooFewRows(count: reader.rowCount, minimum: Self.minimumRows))
    }
    featureNames = header.featureNames
    targetName = target
    targetColumn = header.targetIndex + 1
    do {
      features = try Matrix(
        rows: reader.rowCount, columns: header.featureNames.count, elements: reader.features)
    } catch {
      preconditionFailure("the reader stores rows × features cells: \(error)")
    }
    targets = reader.targets
  }

  private static func reason(for error: any Error, _ path: String) -> String {
    var isDirectory: ObjCBool = false
    if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      return "no such file"
    }
    if isDirectory.boolValue { return "it is a directory" }
    if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
    return (error as NSError).localizedDescription
  }
}
