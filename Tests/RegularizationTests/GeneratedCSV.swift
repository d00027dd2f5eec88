@testable import Regularization

// Generated CSV files, and both of CSVDataset's paths over them, for the fast-path tests.

/// How a generated file is written.
struct CSVStyle: Sendable, CustomStringConvertible {
  var lineEnd = "\n"
  var emptyLines = false
  var padding = false
  var finalLineEnd = true

  var description: String {
    "\(lineEnd.debugDescription)\(emptyLines ? " empty lines" : "")"
      + "\(padding ? " padded" : "")\(finalLineEnd ? "" : " no final line end")"
  }
}

/// A seeded CSV file: a header `x1,…,y,…` with the target at a random column, then rows of
/// numbers written in every way `Double(String)` reads (shortest texts, 1–25 digits with
/// exponents, now and then a hex float, which the fast path hands to `Double(String)`).
func generatedCSV(seed: UInt64, rows: Int, columns: Int, style: CSVStyle) -> [String] {
  var strings = DecimalStrings(seed: seed)
  let targetIndex = strings.rng.integer(below: columns)
  var names = (1..<columns).map { "x\($0)" }
  names.insert("y", at: targetIndex)
  var lines = [names.joined(separator: ",")]
  for _ in 0..<rows {
    let cells = (0..<columns).map { _ -> String in
      let cell =
        switch strings.rng.integer(below: 10) {
        case 0: strings.decimal(digits: 1 + strings.rng.integer(below: 25), exponents: -30...30)
        case 1: "0x1.8p\(strings.rng.integer(below: 9) - 4)"
        default: strings.shortest()
        }
      return style.padding && strings.rng.integer(below: 3) == 0 ? " \(cell)\t" : cell
    }
    lines.append(cells.joined(separator: ","))
    if style.emptyLines && strings.rng.integer(below: 4) == 0 { lines.append("") }
  }
  return lines
}

/// `lines` joined into a file's bytes.
func fileBytes(_ lines: [String], _ style: CSVStyle) -> [UInt8] {
  Array((lines.joined(separator: style.lineEnd) + (style.finalLineEnd ? style.lineEnd : "")).utf8)
}

/// A data set's contents, bit for bit (so −0.0 and 0.0 differ).
func bits(_ data: CSVDataset) -> [[UInt64]] {
  [
    data.features.elements.map(\.bitPattern), data.targets.map(\.bitPattern),
    [UInt64(data.features.rows), UInt64(data.features.columns), UInt64(data.targetColumn)],
  ]
}

/// The reference path's result and the one `chunkCount` pieces give.
func bothPaths(_ bytes: [UInt8], chunkCount: Int) -> (
  reference: Result<CSVDataset, CSVError>, fast: Result<CSVDataset, CSVError>, tookFastPath: Bool
) {
  bytes.withUnsafeBufferPointer { buffer in
    let reference = Result { () throws(CSVError) in
      try CSVDataset(scanning: buffer, target: "y", source: "g.csv")
    }
    let fast = Result { () throws(CSVError) in
      try CSVDataset(bytes: buffer, target: "y", source: "g.csv", chunkCount: chunkCount)
    }
    let took =
      (try? CSVDataset.fastPath(buffer, target: "y", source: "g.csv", chunkCount)) != nil
    return (reference, fast, took)
  }
}
