import Foundation

extension CSVDataset {
  /// Every piece parsed, in parallel (`DispatchQueue.concurrentPerform`), into the two
  /// arrays; `nil` if one piece was unusual.
  ///
  /// Both arrays are allocated once, uninitialized, for Σ capacity_k rows, and filled in
  /// place: piece k writes from row `first[k]` = Σ_{i<k} capacity_i on. Afterwards the
  /// pieces are moved down over the rows left unused (empty lines), and the arrays end at
  /// the last row, so there is no second copy and no growing by doubling.
  static func parseInParallel(
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
