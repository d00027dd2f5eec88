import Figures
import LessonKit
import Testing

@testable import Gallery

@Suite("CSV records") struct CSVRecordsTests {
  @Test("reads CRLF records, quoted commas, doubled quotes and line breaks inside quotes")
  func quoting() throws {
    let text = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\r\nlines\",\r\n"
    #expect(
      try CSVRecords.parse(text) == [
        ["a", "b", "c"], ["1", "x, y", "say \"hi\""], ["2", "two\r\nlines", ""],
      ])
  }

  @Test("accepts bare LF and a last line without a line break") func lineFeeds() throws {
    #expect(try CSVRecords.parse("a,b\n1,2") == [["a", "b"], ["1", "2"]])
  }

  @Test("empty text has no records; a final line break starts none") func empty() throws {
    #expect(try CSVRecords.parse("").isEmpty)
    #expect(try CSVRecords.parse("a\r\n") == [["a"]])
    #expect(try CSVRecords.parse("a,\r\n") == [["a", ""]])
  }

  @Test("reads back exactly what CSVTable writes, Unicode included") func roundTrip() throws {
    let fields = ["α_max", "‖w‖₁ = 3, ≤ 4", "\"quoted\"", "", "l1 增加模型的稀疏性", "a\nb"]
    let text = fields.map(CSVTable.quoted).joined(separator: ",") + "\r\n"
    #expect(try CSVRecords.parse(text) == [fields])
  }

  @Test(
    "malformed text is rejected with the line of the problem",
    arguments: [
      (
        "a,b\r\n\"open,1\r\n",
        CSVFormatError(line: 2, reason: "a quoted field that is never closed")
      ),
      (
        "a\r\n\"x\"y\r\n", CSVFormatError(line: 2, reason: "'y' after the closing quote of a field")
      ),
      ("a\r\nx\"y\r\n", CSVFormatError(line: 2, reason: "a double quote inside an unquoted field")),
      ("a\rb", CSVFormatError(line: 1, reason: "a carriage return not followed by a line feed")),
    ])
  func malformed(text: String, error: CSVFormatError) {
    #expect(throws: error) { try CSVRecords.parse(text) }
  }

  @Test("rectangular means a header and every row as wide as it") func rectangular() {
    #expect(CSVRecords.isRectangular([["a", "b"], ["1", "2"]]))
    #expect(CSVRecords.isRectangular([["a", "b"]]))
    #expect(!CSVRecords.isRectangular([["a", "b"], ["1"]]))
    #expect(!CSVRecords.isRectangular([]))
  }
}
