import Foundation

extension CSVDataset {
  /// Parses `bytes` by the fast path if it takes them, else by the reference scanner
  /// (`init(scanning:target:source:)`); the two give identical data sets.
  ///
  /// The fast path reads the header with the reference scanner and reader (so every
  /// header problem is reported as before), then cuts the data rows into pieces (`CSVChunks`) and parses them on all cores at once (`CSVChunkParser`),
  /// each straight into its place in the one features array and the one targets array,
  /// sized once for the most rows the pieces can hold. If any piece meets anything
  /// unusual — a ragged row, a cell that is not a finite number, a quote — or there are fewer than
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
    let chunks = CSVChunks(
      text, from: dataStart, to: bytes.count,
      count: chunkCount ?? defaultChunkCount(dataBytes: bytes.count - dataStart))
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

  /// Every piece parsed, in parallel, into the two arrays; `nil` if one was unusual.
  ///
  /// Piece k writes from row `first[k]` = Σ_{i<k} capacity_i on; afterwards the pieces are
  /// moved down over the rows left unused (empty lines), and the arrays end at the last row.
  private static func parseInParallel(
    _ text: UnsafePointer<UInt8>, _ chunks: CSVChunks, _ layout: CSVChunkParser.Layout
  ) -> (features: [Double], targets: [Double])? {
    let width = layout.columns - 1
    let first = chunks.firstRows
    let capacity = first[chunks.count]
    var rowCounts = [Int](repeating: -1, count: chunks.count)
    var targets: [Double] = []
    let features = [Double](unsafeUninitializedCapacity: capacity * width) {
      featureSpace, featureCount in
      targets = [Double](unsafeUninitializedCapacity: capacity) { targetSpace, targetCount in
        guard let featureBase = featureSpace.baseAddress, let targetBase = targetSpace.baseAddress
        else { return }
        HugePages.advise(featureBase, bytes: featureSpace.count * MemoryLayout<Double>.stride)
        rowCounts.withUnsafeMutableBufferPointer { counts in
          guard let countBase = counts.baseAddress else { return }
          let shared = SharedPointers(
            text: text, features: featureBase, targets: targetBase, rowCounts: countBase)
          let parse: @Sendable (Int) -> Void = { k in
            shared.rowCounts[k] =
              CSVChunkParser.parse(
                shared.text, from: chunks.bounds[k], to: chunks.bounds[k + 1], layout: layout,
                features: shared.features + first[k] * width, targets: shared.targets + first[k],
                rowCapacity: chunks.rowCapacities[k]) ?? -1
          }
          if chunks.count == 1 {
            parse(0)
          } else {
            DispatchQueue.concurrentPerform(iterations: chunks.count, execute: parse)
          }
        }
        guard !rowCounts.contains(-1) else { return }
        var rows = 0
        for k in 0..<chunks.count {
          if first[k] != rows {
            memmove(
              featureBase + rows * width, featureBase + first[k] * width,
              rowCounts[k] * width * MemoryLayout<Double>.stride)
            memmove(
              targetBase + rows, targetBase + first[k], rowCounts[k] * MemoryLayout<Double>.stride)
          }
          rows += rowCounts[k]
        }
        targetCount = rows
      }
      featureCount = targets.count * width
    }
    return rowCounts.contains(-1) ? nil : (features, targets)
  }
}

/// The buffers the pieces share while they are parsed in parallel. Unchecked because
/// pointers are not `Sendable`; safe because the text is only read, and piece k writes
/// only its own rows (`first[k] ..< first[k] + capacity_k`) and its own row count.
private struct SharedPointers: @unchecked Sendable {
  let text: UnsafePointer<UInt8>
  let features: UnsafeMutablePointer<Double>
  let targets: UnsafeMutablePointer<Double>
  let rowCounts: UnsafeMutablePointer<Int>
}
