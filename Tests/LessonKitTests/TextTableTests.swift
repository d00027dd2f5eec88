import Testing

@testable import LessonKit

@Suite("Text table") struct TextTableTests {
  @Test("numeric columns are right-aligned, text columns left-aligned") func alignment() {
    let lines = TextTable(
      headers: ["name", "value"], rows: [["a", "1.5"], ["long name", "-12.25"]]
    )
    .lines()
    #expect(
      lines == [
        "name        value",
        "─────────  ──────",
        "a             1.5",
        "long name  -12.25",
      ])
  }

  @Test("short rows are padded and the table stays rectangular") func ragged() {
    let lines = TextTable(headers: ["a", "b", "c"], rows: [["1"], ["1", "2", "3"]]).lines()
    #expect(lines.count == 4)
    #expect(lines[2] == "1")
  }

  @Test(
    "numeric detection",
    arguments: [
      ("1.5", true), ("-3e-05", true), ("−∞", false), ("12%", true), ("x7", false), ("", false),
    ])
  func numeric(text: String, isNumeric: Bool) {
    #expect(TextTable.looksNumeric(text) == isNumeric)
  }

  @Test("columns holding Chinese stay aligned by terminal width") func wideCells() {
    let lines = TextTable(headers: ["term", "n"], rows: [["衰减", "1"], ["decay", "22"]]).lines()
    #expect(lines.map { TextWidth.columns($0) } == [9, 9, 9, 9])
  }
}
