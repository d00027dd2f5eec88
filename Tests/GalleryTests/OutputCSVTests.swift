import Foundation
import Gallery
import LessonKit
import Testing

@Suite("Every CSV under Output/ is a rectangular table") struct OutputCSVTests {
  static let csvs = Package.files(under: Package.output, endingWith: ".csv")

  @Test("Output/ holds CSV files at all") func found() {
    #expect(!Self.csvs.isEmpty, "no .csv under \(Package.output)")
  }

  @Test(
    "is RFC 4180 CSV with a header of named columns and every row as wide as it",
    arguments: csvs)
  func rectangular(path: String) throws {
    let text = try String(contentsOfFile: Package.output + "/" + path, encoding: .utf8)
    let records = try CSVRecords.parse(text)
    let header = try #require(records.first, "\(path) is empty")
    #expect(header.allSatisfy { !$0.isEmpty }, "\(path): a column has no name")
    for (index, record) in records.enumerated() where record.count != header.count {
      Issue.record(
        "\(path): record \(index + 1) has \(record.count) fields, the header \(header.count)")
    }
    #expect(text.hasSuffix("\r\n"), "\(path): the last line is not ended by CRLF")
  }
}
