import Foundation
import Testing

@testable import Regularization

/// A new temporary file path; the caller removes it.
private func temporaryPath(_ name: String) -> String {
  FileManager.default.temporaryDirectory.appendingPathComponent(
    "csvfile-\(UUID().uuidString)-\(name)"
  ).path
}

@Suite("CSV data sets · reading files") struct CSVDatasetFileTests {
  @Test("a regular file large enough to be read in pieces comes back byte for byte")
  func largeRegularFile() throws {
    let path = temporaryPath("large.bin")
    defer { try? FileManager.default.removeItem(atPath: path) }
    var rng = SplitMix64(seed: 21)
    // 9 MB + 3 bytes: two or more 4 MB pieces, and a size no piece count divides.
    let words = (0..<(9 << 17)).map { _ in rng.next() }
    var expected = words.withUnsafeBytes { Array($0) }
    expected += [1, 2, 3]
    try Data(expected).write(to: URL(fileURLWithPath: path))
    #expect(try CSVDataset.contents(ofFile: path) == expected)
  }

  @Test("an empty regular file reads as no bytes, and as an empty data set")
  func emptyFile() throws {
    let path = temporaryPath("empty.csv")
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(FileManager.default.createFile(atPath: path, contents: Data()))
    #expect(try CSVDataset.contents(ofFile: path) == [])
    #expect(throws: CSVError(source: path, problem: .empty)) {
      try CSVDataset(contentsOfFile: path, target: "y")
    }
  }

  #if os(Linux)
    @Test("a regular file that reports size 0 but has contents (/proc) is read whole")
    func procFile() throws {
      let bytes = try CSVDataset.contents(ofFile: "/proc/self/status")
      #expect(bytes.count > 100)
      #expect(bytes.last == UInt8(ascii: "\n"))
    }
  #endif

  @Test("a FIFO longer than one 64 KB block is read to its end")
  func longFIFO() throws {
    let folder = temporaryPath("fifo")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let fifo = folder + "/data.csv"
    #expect(mkfifo(fifo, 0o600) == 0)
    let text = "x,y\n" + (1...20_000).map { "\($0),\($0 * 2)\n" }.joined()
    let writer = Thread {
      let handle = FileHandle(forWritingAtPath: fifo)
      handle?.write(Data(text.utf8))
      try? handle?.close()
    }
    writer.start()
    let data = try CSVDataset(contentsOfFile: fifo, target: "y")
    #expect(text.utf8.count > 1 << 16)
    #expect(data.targets.count == 20_000)
    #expect(data.targets.last == 40_000)
  }
}
