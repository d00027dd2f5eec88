import Testing

@testable import Regularization

@Suite("CSV errors") struct CSVErrorTests {
  @Test("the description is file:line:column: message, leaving out what does not apply")
  func locationFormat() {
    let cell = CSVError(
      source: "d.csv", line: 3, column: 2, problem: .notANumber(cell: "abc", column: "x1"))
    #expect(cell.description == "d.csv:3:2: cell \"abc\" in column \"x1\" is not a number")
    let row = CSVError(source: "d.csv", line: 4, problem: .raggedRow(fields: 2, expected: 3))
    #expect(row.description == "d.csv:4: this row has 2 fields but the header has 3")
    let file = CSVError(source: "d.csv", problem: .empty)
    #expect(
      file.description == "d.csv: the file is empty; expected a header row and at least 2 data rows"
    )
  }

  @Test("long names are cut and long column lists summarized")
  func longTextIsShortened() {
    let names = (1...12).map { "c\($0)" }
    let error = CSVError(
      source: "d.csv", line: 1, problem: .missingTarget(name: "y", columns: names))
    #expect(
      error.message
        == "no column named \"y\" in the header (columns: \"c1\", \"c2\", \"c3\", \"c4\", \"c5\", "
        + "\"c6\", \"c7\", \"c8\", … (12 in all))")
    let long = String(repeating: "z", count: 50)
    let cell = CSVError(source: "d.csv", problem: .notANumber(cell: long, column: "x"))
    #expect(cell.message.contains(String(repeating: "z", count: 40) + "…\""))
  }

  @Test("an empty cell says it is empty")
  func emptyCell() {
    let error = CSVError(source: "d.csv", problem: .notANumber(cell: "", column: "x"))
    #expect(error.message == "the cell in column \"x\" is empty; expected a number")
  }

  @Test("bytes that are not printable are written as \\u{…}, never raw")
  func controlBytesAreQuoted() throws {
    let error = CSVError(
      source: "d.csv", problem: .notANumber(cell: "1\u{0}2\u{1B}[31m\u{FFFD}", column: "x\ty"))
    #expect(
      error.message == #"cell "1\u{0}2\u{1b}[31m\u{fffd}" in column "x\u{9}y" is not a number"#)
    // A binary file: the first cell holds NUL and a byte that is not UTF-8.
    let bytes: [UInt8] = Array("x,y\n".utf8) + [0x00, 0xFF, 0x2C, 0x31, 0x0A, 0x31, 0x2C, 0x32]
    #expect(throws: CSVError.self) { try CSVDataset(bytes: bytes, target: "y") }
    do {
      _ = try CSVDataset(bytes: bytes, target: "y")
    } catch {
      #expect(
        error.description == #"<text>:2:1: cell "\u{0}\u{fffd}" in column "x" is not a number"#)
    }
  }
}
