import Foundation

extension CSVDataset {
  /// Parses `bytes` by the fast path if it takes them, else by the reference scanner
  /// (`init(scanning:target:source:)`); the two give identical data sets.
  ///
  /// The fast path reads the header with the reference scanner and reader (so every
  /// header problem is reported as before), then cuts the data rows into pieces
  /// (`CSVChunks`) and parses them on all cores at once (`CSVChunkParser`), each straight
  /// into its place in the one features array and the one targets array, sized once for
  /// the most rows the pieces can hold. If any piece meets anything unusual — a ragged
  /// row, a cell that is not a finite number, a quote — or there are fewer than
  /// `minimumRows` rows, the whole input goes through the reference scanner, which reports
  /// the first problem in file order, with its line and column, exactly as before.
  ///
  /// - Parameter chunkCount: The number of pieces; `nil` for one per core, none under 1 MB.
  init(bytes: UnsafeBufferPointer<UInt8>, target: String, source: String, chunkCount: Int?)
    throws(CSVError)
  {
    if let parsed = try Self.fastPath(bytes, target: target, source: source, chunkCount) {
      self = parsed
    } else {
      try self.init(scanning: bytes, target: target, source: source)
    }
  }

  /// One piece per core (at most 8), and no piece smaller than 1 MB.
  static func defaultChunkCount(dataBytes: Int) -> Int {
    max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8, dataBytes >> 20))
  }

  /// The data set by the fast path, or `nil` where it leaves the input to the reference.
  static func fastPath(
    _ bytes: UnsafeBufferPointer<UInt8>, target: String, source: String, _ chunkCount: Int?
  ) throws(CSVError) -> CSVDataset? {
    guard let text = bytes.baseAddress else { return nil }
    var reader = CSVDatasetReader(target: target, source: source)
    let dataStart = try CSVScanner.scan(
      bytes, source: source, recordLimit: 1,
      field: { (field) throws(CSVError) in try reader.take(field) },
      endOfRecord: { (count, line) throws(CSVError) in try reader.endRecord(count, line) })
    // A quote in the data needs no search of its own: a field that starts with one (a
    // quoted field) is never a number to `Double(String)`, so its piece gives up; a quote
    // later in a field is plain text to the scanner too, and both read that field alike.
    guard let header = reader.header else { return nil }
    // The shortest row the fast path takes: one digit per field, `0,0,…,0`.
    let chunks = CSVChunks(
      text, from: dataStart, to: bytes.count,
      count: chunkCount ?? defaultChunkCount(dataBytes: bytes.count - dataStart),
      shortestRow: 2 * header.names.count - 1)
    let layout = CSVChunkParser.Layout(
      columns: header.names.count, targetIndex: header.targetIndex)
    guard let (features, targets) = parseInParallel(text, chunks, layout),
      targets.count >= minimumRows
    else { return nil }
    return CSVDataset(header: header, target: target, features: features, targets: targets)
  }

  private init(
    header: CSVDatasetReader.Header, target: String, features: [Double], targets: [Double]
  ) {
    featureNames = header.featureNames
    targetName = target
    targetColumn = header.targetIndex + 1
    do {
      self.features = try Matrix(
        rows: targets.count, columns: header.featureNames.count, elements: features)
    } catch {
      preconditionFailure("the fast path stores rows × features cells: \(error)")
    }
    self.targets = targets
  }
}
