import Testing

@testable import Figures

@Suite("Number formatting") struct NumberFormattingTests {
  @Test(
    "fixed rounds to two places half away from zero and drops trailing zeros",
    arguments: [
      (12.345, "12.35"), (3.0, "3"), (2.5, "2.5"), (-1.005, "-1"), (0.125, "0.13"),
      (-0.125, "-0.13"), (1234567.891, "1234567.89"), (0.004, "0"),
    ])
  func fixedRounding(value: Double, expected: String) {
    #expect(NumberFormatting.fixed(value) == expected)
  }

  @Test("fixed never writes a minus sign for a value that rounds to zero")
  func negativeZero() {
    #expect(NumberFormatting.fixed(-0.0) == "0")
    #expect(NumberFormatting.fixed(-0.001) == "0")
  }

  @Test(
    "fixed writes 0 for non-finite input, never nan or inf",
    arguments: [
      Double.nan, .infinity, -.infinity,
    ])
  func nonFinite(value: Double) {
    #expect(NumberFormatting.fixed(value) == "0")
  }

  @Test("decimal builds the correctly rounded Double, free of 0.1 · 3 noise")
  func decimalIsCorrectlyRounded() {
    #expect(NumberFormatting.decimal(3, -1) == 0.3)
    #expect(NumberFormatting.decimal(7, -2) == 0.07)
    #expect(NumberFormatting.decimal(25, 3) == 25_000)
    #expect(NumberFormatting.decimal(1, -300) == 1e-300)
  }

  @Test("decimalString places the point and pads with leading zeros")
  func decimalString() {
    #expect(NumberFormatting.decimalString(1250, fractionDigits: 3) == "1.25")
    #expect(NumberFormatting.decimalString(5, fractionDigits: 4) == "0.0005")
    #expect(NumberFormatting.decimalString(300, fractionDigits: 2) == "3")
    #expect(NumberFormatting.decimalString(42, fractionDigits: 0) == "42")
  }
}
