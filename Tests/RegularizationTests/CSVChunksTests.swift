import Testing

@testable import Regularization

/// The pieces of `text` as strings, and their row capacities.
private func pieces(_ text: String, count: Int) -> (pieces: [String], capacities: [Int]) {
  let bytes = Array(text.utf8)
  let chunks = bytes.withUnsafeBufferPointer {
    CSVChunks($0.baseAddress!, from: 0, to: $0.count, count: count)
  }
  let texts = (0..<chunks.count).map { k in
    String(decoding: bytes[chunks.bounds[k]..<chunks.bounds[k + 1]], as: UTF8.self)
  }
  return (texts, chunks.rowCapacities)
}

@Suite("CSV chunks (where the fast path cuts)") struct CSVChunksTests {
  @Test(
    "cuts only just after a line break, and the pieces make up the text",
    arguments: ["1,2\n3,4\n5,6\n7,8\n", "1,2\r\n3,4\r\n5,6\r\n7,8\r\n", "1,2\r3,4\r5,6\r7,8"])
  func cutsAtLineStarts(text: String) {
    for count in 1...6 {
      let result = pieces(text, count: count)
      #expect(result.pieces.joined() == text)
      for piece in result.pieces.dropFirst() {
        #expect(piece.first != "\n" && piece.first != "\r", "\(count): \(result.pieces)")
      }
    }
    #expect(pieces(text, count: 2).pieces.count == 2)
  }

  @Test("makes fewer pieces than asked when the text has fewer lines")
  func fewerPieces() {
    #expect(pieces("1,2\n3,4\n", count: 8).pieces.count <= 2)
    #expect(pieces("1,2", count: 4).pieces == ["1,2"])
    #expect(pieces("", count: 3).pieces == [""])
  }

  @Test(
    "counts LF, CRLF and lone CR once each, and allows one row more than line breaks",
    arguments: [("a\nb\n", 2), ("a\r\nb\r\n", 2), ("a\rb\r", 2), ("a\r\n\rb\n\n", 4), ("ab", 0)])
  func lineBreaks(text: String, breaks: Int) {
    let bytes = Array(text.utf8)
    #expect(
      bytes.withUnsafeBufferPointer {
        CSVChunks.lineBreaks($0.baseAddress!, from: 0, to: $0.count)
      } == breaks)
    #expect(pieces(text, count: 1).capacities == [breaks + 1])
  }

  @Test("bounds the rows by the bytes too, so empty lines cannot ask for much room")
  func shortestRowBound() {
    let bytes = Array(("1,2\n" + String(repeating: "\n", count: 1000) + "3,4\n").utf8)
    let chunks = bytes.withUnsafeBufferPointer {
      CSVChunks($0.baseAddress!, from: 0, to: $0.count, count: 1, shortestRow: 3)
    }
    #expect(bytes.count == 1008)
    #expect(chunks.rowCapacities == [1008 / 3 + 1])  // not the 1003 line breaks + 1
  }
}
