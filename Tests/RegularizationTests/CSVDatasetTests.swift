import Foundation
import Testing

@testable import Regularization

/// The error `CSVDataset(parsing:)` throws for `text`, as one line.
private func failure(_ text: String, target: String = "y") -> String? {
  do {
    _ = try CSVDataset(parsing: text, target: target, source: "d.csv")
    return nil
  } catch {
    return error.description
  }
}

@Suite("CSV data sets") struct CSVDatasetTests {
  @Test("quoted names and numbers, CRLF, spaces and exponents are read")
  func readsTheFormat() throws {
    let text = "\"x, first\",\"y\",x2\r\n 1.5 ,\"2\",-3e2\r\n0x1p1,4,.5\r\n"
    let data = try CSVDataset(parsing: text, target: "y")
    #expect(data.featureNames == ["x, first", "x2"])
    #expect(data.targetName == "y")
    #expect(data.features == (try Matrix(rowArrays: [[1.5, -300], [2, 0.5]])))
    #expect(data.targets == [2, 4])
    #expect(data.dataset.sampleCount == 2)
  }

  @Test(
    "every bad file gets one line naming the file, line and column",
    arguments: [
      ("", "d.csv: the file is empty; expected a header row and at least 2 data rows"),
      ("\n\n", "d.csv: the file is empty; expected a header row and at least 2 data rows"),
      ("x,y\n", "d.csv: there are no data rows after the header; need at least 2"),
      ("x,y\n1,2\n", "d.csv: only 1 data row; need at least 2"),
      ("x,y\n1,2\n3\n", "d.csv:3: this row has 1 field but the header has 2"),
      ("x,y\n1,2\n3,4,5\n", "d.csv:3: this row has 3 fields but the header has 2"),
      ("x,y\n1,2\n3,abc\n", "d.csv:3:2: cell \"abc\" in column \"y\" is not a number"),
      ("x,y\n1,2\n,4\n", "d.csv:3:1: the cell in column \"x\" is empty; expected a number"),
      ("x,y\n1,nan\n3,4\n", "d.csv:2:2: cell \"nan\" in column \"y\" is not a finite number"),
      ("x,y\n1,2\n-inf,4\n", "d.csv:3:1: cell \"-inf\" in column \"x\" is not a finite number"),
      ("x,y\n1e999,2\n3,4\n", "d.csv:2:1: cell \"1e999\" in column \"x\" is not a finite number"),
      ("x,z\n1,2\n3,4\n", "d.csv:1: no column named \"y\" in the header (columns: \"x\", \"z\")"),
      (
        "y,x,y\n1,2,3\n4,5,6\n",
        "d.csv:1:3: the target \"y\" is also column 1; the target must be one column"
      ),
      (
        "x,y,x\n1,2,3\n4,5,6\n",
        "d.csv:1:3: column \"x\" is also column 1; feature names must be distinct"
      ),
      ("x,,y\n1,2,3\n4,5,6\n", "d.csv:1:2: this header cell is empty; every column needs a name"),
      (
        "y\n1\n2\n",
        "d.csv:1: the header has only the target column \"y\"; need at least one feature"
      ),
      ("x,y\n\"1,2\n", "d.csv:2:1: a quoted field is not closed before the end of the file"),
    ])
  func badFiles(text: String, message: String) {
    #expect(failure(text) == message)
  }

  @Test("a file that cannot be read is .unreadable, naming the file and why")
  func unreadableFiles() throws {
    let missing = "/nonexistent-\(UUID().uuidString)/d.csv"
    #expect(
      throws: CSVError(source: missing, problem: .unreadable(reason: "no such file"))
    ) { try CSVDataset(contentsOfFile: missing, target: "y") }
    let folder = FileManager.default.temporaryDirectory.path
    #expect(
      throws: CSVError(source: folder, problem: .unreadable(reason: "it is a directory"))
    ) { try CSVDataset(contentsOfFile: folder, target: "y") }
  }

  @Test("a file on disk is read like the same text")
  func readsFiles() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "csvdataset-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: url) }
    let text = "a,y\n1,2\n3,4"
    try text.write(to: url, atomically: true, encoding: .utf8)
    let expected = try CSVDataset(parsing: text, target: "y", source: url.path)
    #expect(try CSVDataset(contentsOfFile: url.path, target: "y") == expected)
  }

  @Test("a FIFO is read as a stream, as the shell's <(cat data.csv) gives one")
  func readsAFIFO() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "csv-fifo-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let fifo = folder + "/data.csv"
    #expect(mkfifo(fifo, 0o600) == 0)
    let writer = Thread {
      let handle = FileHandle(forWritingAtPath: fifo)
      handle?.write(Data("x,y\n1,2\n3,5\n".utf8))
      try? handle?.close()
    }
    writer.start()
    let data = try CSVDataset(contentsOfFile: fifo, target: "y")
    #expect(data.targets == [2, 5])
  }
}
