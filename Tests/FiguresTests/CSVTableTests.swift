import Testing

@testable import Figures

@Suite("CSV table") struct CSVTableTests {
  @Test("lines end with CRLF, the header first")
  func crlf() {
    var table = CSVTable(header: ["a", "b"])
    table.append([.number(1), .text("x")])
    #expect(table.text == "a,b\r\n1.0,x\r\n")
  }

  @Test(
    "fields with a comma, quote, CR or LF are quoted, quotes doubled",
    arguments: [
      ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
      ("two\nlines", "\"two\nlines\""), ("cr\rhere", "\"cr\rhere\""), ("crlf\r\n", "\"crlf\r\n\""),
    ])
  func quoting(text: String, expected: String) {
    #expect(CSVTable.quoted(text) == expected)
  }

  @Test(
    "finite numbers round-trip exactly through their field",
    arguments: [0.1, 1e-5, 1.0 / 3, -2.5e300, 5e-324, 123456789.125, Double.pi])
  func roundTrip(value: Double) {
    #expect(Double(CSVTable.number(value)) == value)
  }

  @Test("numbers are written in Swift's shortest form")
  func shortestForm() {
    #expect(CSVTable.number(0.1) == "0.1")
    #expect(CSVTable.number(1e-5) == "1e-05")
    #expect(CSVTable.number(2) == "2.0")
  }

  @Test("−0.0 is written 0.0, NaN as an empty field, ±∞ as inf and -inf")
  func specialValues() {
    #expect(CSVTable.number(-0.0) == "0.0")
    #expect(CSVTable.number(.nan) == "")
    #expect(CSVTable.number(.infinity) == "inf")
    #expect(CSVTable.number(-.infinity) == "-inf")
    #expect(Double("inf") == .infinity && Double("-inf") == -.infinity)
  }

  @Test("short rows are padded so every line has as many fields as the widest")
  func padding() {
    let table = CSVTable(header: ["a", "b", "c"], rows: [[.number(1)], [.empty, .text("z")]])
    #expect(table.text == "a,b,c\r\n1.0,,\r\n,z,\r\n")
  }

  @Test("header names are quoted too")
  func headerQuoted() {
    #expect(CSVTable(header: ["x, y"]).text == "\"x, y\"\r\n")
  }
}
