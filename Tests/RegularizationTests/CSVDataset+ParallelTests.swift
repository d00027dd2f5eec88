import Testing

@testable import Regularization

@Suite("CSV data sets · pieces parsed in parallel") struct CSVDatasetParallelTests {
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

  @Test("moves the pieces together over rows left unused by empty lines")
  func compactsThePieces() throws {
    // Three pieces; the first two have empty lines, so they hold fewer rows than room.
    let text = Array("1,2\n\n\n3,4\n5,6\n\n7,8\n9,10\n11,12\n".utf8)
    let result = try text.withUnsafeBufferPointer { buffer in
      let chunks = CSVChunks(try #require(buffer.baseAddress), from: 0, to: buffer.count, count: 3)
      #expect(chunks.count == 3)
      #expect(chunks.rowCapacities.reduce(0, +) > 6)
      return CSVDataset.parseInParallel(
        try #require(buffer.baseAddress), chunks, .init(columns: 2, targetIndex: 1))
    }
    let (features, targets) = try #require(result)
    #expect(features == [1, 3, 5, 7, 9, 11])
    #expect(targets == [2, 4, 6, 8, 10, 12])
  }
}
