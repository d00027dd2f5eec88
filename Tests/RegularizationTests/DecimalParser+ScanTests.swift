import Testing

@testable import Regularization

/// `DecimalParser.scan` over all of `text`: the decimal and where it stopped.
private func scanned(_ text: String) -> (decimal: DecimalParser.Decimal, end: Int)? {
  var text = text
  return text.withUTF8 { buffer in
    buffer.baseAddress.flatMap { DecimalParser.scan($0, from: 0, to: buffer.count) }
  }
}

private func decimal(_ w: UInt64, _ q: Int, negative: Bool = false, truncated: Bool = false)
  -> DecimalParser.Decimal
{
  DecimalParser.Decimal(mantissa: w, exponent: q, isNegative: negative, isTruncated: truncated)
}

@Suite("Decimal parser · scanning ±w·10^q") struct DecimalParserScanTests {
  @Test(
    "reads sign, digits, point and exponent into w and q",
    arguments: [
      ("-12.50e3", decimal(1250, 1, negative: true), 8),
      ("+.5", decimal(5, -1), 3),
      ("5.", decimal(5, 0), 2),
      ("0.000123", decimal(123, -6), 8),
      ("1E-005", decimal(1, -5), 6),
      ("00000000000000000000012345", decimal(12345, 0), 26),
      ("1e", decimal(1, 0), 1),
      ("1e+x", decimal(1, 0), 1),
      ("7,8", decimal(7, 0), 1),
      ("1e99999999999", decimal(1, 99999), 13),
    ])
  func readsDecimals(text: String, expected: DecimalParser.Decimal, end: Int) throws {
    let (result, stop) = try #require(scanned(text))
    #expect(result == expected)
    #expect(stop == end)
  }

  @Test("keeps the first 19 significant digits of a longer number and adjusts q")
  func truncatesLongNumbers() throws {
    #expect(
      try #require(scanned("12345678901234567890123")).0
        == decimal(1_234_567_890_123_456_789, 4, truncated: true))
    #expect(
      try #require(scanned("0.000123456789012345678901234e2")).0
        == decimal(1_234_567_890_123_456_789, -20, truncated: true))
    #expect(
      try #require(scanned("1234567890.1234567890123")).0
        == decimal(1_234_567_890_123_456_789, -9, truncated: true))
  }

  @Test("finds no number without a mantissa digit", arguments: ["", "-", ".", "+.e5", "e5", "x"])
  func rejectsNonNumbers(text: String) {
    #expect(scanned(text) == nil)
  }
}
