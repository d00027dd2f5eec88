import Testing

@testable import Regularization

@Suite("CSV data sets · the fast path and its way out") struct CSVDatasetFastPathTests {
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
