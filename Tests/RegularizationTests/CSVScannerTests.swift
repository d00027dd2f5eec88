import Testing

@testable import Regularization

/// The records of `text`: each field's text and starting line, and each record's line.
private func scan(_ text: String) throws(CSVError)
  -> (records: [[String]], fieldLines: [[Int]], recordLines: [Int])
{
  var records: [[String]] = []
  var fieldLines: [[Int]] = []
  var recordLines: [Int] = []
  var current: [String] = []
  var lines: [Int] = []
  let bytes = Array(text.utf8)
  try bytes.withUnsafeBufferPointer { (buffer) throws(CSVError) in
    try CSVScanner.scan(
      buffer, source: "t.csv",
      field: { field in
        current.append(String(decoding: field.bytes, as: UTF8.self))
        lines.append(field.line)
      },
      endOfRecord: { count, line in
        #expect(count == current.count)
        records.append(current)
        fieldLines.append(lines)
        recordLines.append(line)
        current = []
        lines = []
      })
  }
  return (records, fieldLines, recordLines)
}

@Suite("CSV scanning") struct CSVScannerTests {
  @Test(
    "LF, CRLF and lone CR end records, with or without a final line break",
    arguments: ["a,b\n1,2\n", "a,b\r\n1,2\r\n", "a,b\r1,2", "a,b\n1,2"])
  func lineEnds(text: String) throws {
    #expect(try scan(text).records == [["a", "b"], ["1", "2"]])
  }

  @Test("quoted fields keep commas and line breaks, and \"\" is one quote")
  func quotedFields() throws {
    let result = try scan("name,note\n\"a,b\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\n")
    #expect(result.records == [["name", "note"], ["a,b", "say \"hi\""], ["two\nlines", "x"]])
    #expect(result.recordLines == [1, 2, 3])
    #expect(result.fieldLines[2] == [3, 4])
  }

  @Test("empty lines are skipped but counted; empty fields are kept")
  func emptyLinesAndFields() throws {
    let result = try scan("a,b\n\n1,\n\r\n,2,\n")
    #expect(result.records == [["a", "b"], ["1", ""], ["", "2", ""]])
    #expect(result.recordLines == [1, 3, 5])
  }

  @Test("a UTF-8 byte-order mark at the start is skipped")
  func byteOrderMark() throws {
    #expect(try scan("\u{FEFF}a,b\n1,2").records == [["a", "b"], ["1", "2"]])
  }

  @Test("an unclosed quote is reported at the line and field where it opens")
  func unclosedQuote() {
    #expect(throws: CSVError(source: "t.csv", line: 2, column: 2, problem: .unclosedQuote)) {
      try scan("a,b\n1,\"2\n3\n")
    }
  }

  @Test("text after a closing quote is reported where it is")
  func textAfterQuote() {
    #expect(throws: CSVError(source: "t.csv", line: 3, column: 1, problem: .textAfterQuote)) {
      try scan("a,b\n1,2\n\"3\"x,4\n")
    }
  }

  @Test("a record limit stops after that many records and gives the offset after them")
  func recordLimit() throws {
    let bytes = Array("\na,\"b\nc\"\r\n1,2\n3,4\n".utf8)
    var fields: [String] = []
    let end = try bytes.withUnsafeBufferPointer { (buffer) throws(CSVError) in
      try CSVScanner.scan(
        buffer, source: "t.csv", recordLimit: 1,
        field: { fields.append(String(decoding: $0.bytes, as: UTF8.self)) },
        endOfRecord: { _, _ in })
    }
    #expect(fields == ["a", "b\nc"])
    #expect(end == 10)  // just after the header's CRLF
  }
}
