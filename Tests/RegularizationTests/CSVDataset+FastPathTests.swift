import Testing

@testable import Regularization

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

@Suite("CSV data sets · the parallel fast path") struct CSVDatasetFastPathTests {
  @Test(
    "gives the reference path's data set, bit for bit, in 1 to 7 pieces",
    arguments: [
      CSVStyle(), CSVStyle(lineEnd: "\r\n"), CSVStyle(lineEnd: "\r"),
      CSVStyle(emptyLines: true), CSVStyle(lineEnd: "\r\n", emptyLines: true, padding: true),
      CSVStyle(padding: true, finalLineEnd: false), CSVStyle(lineEnd: "\r", finalLineEnd: false),
    ])
  func matchesTheReference(style: CSVStyle) throws {
    for (seed, rows, columns) in [(1, 40, 6), (2, 3, 2), (3, 25, 13)] as [(UInt64, Int, Int)] {
      let bytes = fileBytes(
        generatedCSV(seed: seed, rows: rows, columns: columns, style: style), style)
      for chunkCount in [1, 2, 3, 7] {
        let result = bothPaths(bytes, chunkCount: chunkCount)
        #expect(result.tookFastPath, "seed \(seed), \(chunkCount) pieces")
        let reference = try result.reference.get()
        #expect(bits(try result.fast.get()) == bits(reference))
        #expect(try result.fast.get().featureNames == reference.featureNames)
      }
    }
  }

  @Test(
    "a problem in the second piece is reported exactly as the reference reports it",
    arguments: [
      ("abc", #"g.csv:16:2: cell "abc" in column "x2" is not a number"#),
      ("1e999", #"g.csv:16:2: cell "1e999" in column "x2" is not a finite number"#),
      ("-inf", #"g.csv:16:2: cell "-inf" in column "x2" is not a finite number"#),
      ("", #"g.csv:16:2: the cell in column "x2" is empty; expected a number"#),
      ("1,2", "g.csv:16: this row has 5 fields but the header has 4"),
      (#""1,5""#, #"g.csv:16:2: cell "1,5" in column "x2" is not a number"#),
      // A quoted number is valid: the reference reads it and goes on to line 26.
      (#""0.25""#, #"g.csv:26:2: cell "late" in column "x2" is not a number"#),
    ])
  func secondPieceProblems(cell: String, message: String) throws {
    // Line 16 is in the second of three pieces, line 26 (a second problem) in the third.
    let bytes = try fourColumnFile(changing: [16: "16,\(cell),0,0", 26: "26,late,0,0"])
    try requireInPiece(bytes, line: 16, piece: 1, of: 3)
    try requireInPiece(bytes, line: 26, piece: 2, of: 3)
    let result = bothPaths(bytes, chunkCount: 3)
    #expect(!result.tookFastPath)
    guard case .failure(let reference) = result.reference, case .failure(let fast) = result.fast
    else {
      Issue.record("expected two errors: \(result.reference) vs \(result.fast)")
      return
    }
    #expect(fast == reference)
    #expect(fast.description == reference.description)
    #expect(fast.description == message)
  }

  @Test("the bit-for-bit comparison tells −0.0 from 0.0, which == does not")
  func comparisonSeesSignedZeros() throws {
    let negative = try CSVDataset(parsing: "x,y\n-0,1\n0,2\n", target: "y")
    let positive = try CSVDataset(parsing: "x,y\n0,1\n0,2\n", target: "y")
    #expect(negative == positive)
    #expect(bits(negative) != bits(positive))
  }

  @Test("a quoted number in the second piece sends the file to the reference, which reads it")
  func quotedNumberInTheSecondPiece() throws {
    let bytes = try fourColumnFile(changing: [16: #"16,"0.25",0,0"#])
    try requireInPiece(bytes, line: 16, piece: 1, of: 3)
    let result = bothPaths(bytes, chunkCount: 3)
    #expect(!result.tookFastPath)
    #expect(bits(try result.fast.get()) == bits(try result.reference.get()))
    #expect(try result.fast.get().features[14, 1] == 0.25)  // line 16 is data row 14
  }
}

/// A file `x1,x2,y,x3` with 30 rows `r, r/8, r², −r`, some lines (numbered from 1, the
/// header being line 1) replaced.
private func fourColumnFile(changing replaced: [Int: String]) throws -> [UInt8] {
  var lines =
    ["x1,x2,y,x3"] + (1...30).map { row in "\(row),\(Double(row) / 8),\(row * row),\(-row)" }
  for (line, text) in replaced { lines[line - 1] = text }
  return fileBytes(lines, CSVStyle())
}

/// Fails the test unless line `line` (from 1) of `bytes` starts in piece `piece` (from 0)
/// when the data rows are cut into `count`.
private func requireInPiece(_ bytes: [UInt8], line: Int, piece: Int, of count: Int) throws {
  let lineStarts = [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
  let chunks = bytes.withUnsafeBufferPointer {
    CSVChunks($0.baseAddress!, from: lineStarts[1], to: $0.count, count: count)
  }
  let start = lineStarts[line - 1]
  try #require(chunks.count == count)
  try #require(chunks.bounds[piece] <= start && start < chunks.bounds[piece + 1])
}
