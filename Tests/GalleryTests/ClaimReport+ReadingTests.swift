import LessonKit
import Testing

@testable import Gallery

@Suite("Reading claims.csv") struct ClaimReportReadingTests {
  @Test("reads back every claim that csv(_:) writes, commas, quotes and failures included")
  func roundTrip() throws {
    let claims = [
      Claim("a", "x, y and \"z\"", measured: "m = 1, n = 2", holds: true),
      Claim("b", "second | with a pipe", measured: "", holds: false),
    ]
    #expect(try ClaimReport.claims(fromCSV: ClaimReport.csv(claims)) == claims)
  }

  @Test("a file with only the header has no claims") func headerOnly() throws {
    #expect(try ClaimReport.claims(fromCSV: "label,statement,measured,holds\r\n").isEmpty)
  }

  @Test(
    "a wrong header, a short row or a holds other than true/false is rejected with its line",
    arguments: [
      (
        "label,statement\r\n",
        CSVFormatError(
          line: 1,
          reason: "the header is 'label,statement', expected 'label,statement,measured,holds'")
      ),
      (
        "label,statement,measured,holds\r\na,s,m,true\r\nb,s,m\r\n",
        CSVFormatError(line: 3, reason: "3 fields, expected 4")
      ),
      (
        "label,statement,measured,holds\r\na,s,m,yes\r\n",
        CSVFormatError(line: 2, reason: "holds is 'yes', expected true or false")
      ),
    ])
  func rejected(text: String, error: CSVFormatError) {
    #expect(throws: error) { try ClaimReport.claims(fromCSV: text) }
  }
}
