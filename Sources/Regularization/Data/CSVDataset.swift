import Foundation

/// A numeric data set read from CSV: a header row of column names, then one row per sample.
/// One column, named by `target`, is `y`; every other column is a feature.
///
///     x1,x2,"income, net",y
///     0.5,1,"2,5e3",3.25        ← quoted fields may hold commas; "" is one quote
///
/// The format is RFC 4180 (see `CSVScanner`): LF, CRLF or lone CR line ends, a final line
/// break or not, empty lines skipped. Cells are numbers as Swift's `Double(String)` reads them, with
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
  /// A regular file is read in one go into a buffer of its size; anything else (a FIFO,
  /// a process substitution `<(cat data.csv)`) as a stream. See `CSVDataset+File`.
  ///
  /// - Throws: `CSVError` with `.unreadable` if the file cannot be read, else as
  ///   `init(bytes:target:source:)`.
  public init(contentsOfFile path: String, target: String) throws(CSVError) {
    try self.init(bytes: try Self.contents(ofFile: path), target: target, source: path)
  }

  /// Parses CSV text.
  public init(parsing text: String, target: String, source: String = "<text>")
    throws(CSVError)
  {
    try self.init(bytes: Array(text.utf8), target: target, source: source)
  }

  /// Parses CSV bytes (UTF-8).
  ///
  /// Large inputs are parsed on all cores (see `init(bytes:target:source:chunkCount:)`);
  /// the result, and every error, is the same as the reference scanner's.
  ///
  /// - Parameter source: The name errors give for the text, usually the file's path.
  /// - Throws: `CSVError` for an empty file, no data rows or fewer than 2, a header cell
  ///   that is empty or repeated, a missing or repeated target, no feature column, a row
  ///   with the wrong number of fields, a quote problem, or a cell that is not a finite
  ///   number. The first problem in file order is reported.
  public init(bytes: [UInt8], target: String, source: String = "<text>") throws(CSVError) {
    self = try bytes.withUnsafeBufferPointer { (buffer) throws(CSVError) in
      try CSVDataset(bytes: buffer, target: target, source: source, chunkCount: nil)
    }
  }

  /// The reference reader: `CSVScanner` hands every field to `CSVDatasetReader`, which
  /// reads each cell with `Double(String)`. One pass, one core; it defines the results
  /// and the errors the fast path reproduces.
  init(scanning bytes: UnsafeBufferPointer<UInt8>, target: String, source: String)
    throws(CSVError)
  {
    var reader = CSVDatasetReader(target: target, source: source)
    try CSVScanner.scan(
      bytes, source: source, field: { (field) throws(CSVError) in try reader.take(field) },
      endOfRecord: { (count, line) throws(CSVError) in try reader.endRecord(count, line) })
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
}
