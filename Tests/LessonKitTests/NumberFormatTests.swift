import Testing

@testable import LessonKit

@Suite("Number format") struct NumberFormatTests {
  @Test(
    "readable form keeps about four significant digits",
    arguments: [
      (0.0, "0"), (1.0, "1.000"), (123.456, "123.5"), (0.0123456, "0.01235"),
      (1.5e-7, "1.500e-07"), (-2.5e6, "-2.500e+06"), (-0.0, "0"), (Double.nan, "NaN"),
      (Double.infinity, "∞"),
    ])
  func readable(value: Double, text: String) {
    #expect(NumberFormat.readable(value) == text)
  }

  @Test("fixed never prints a negative zero") func negativeZero() {
    #expect(NumberFormat.fixed(-0.0001, 2) == "0.00")
    #expect(NumberFormat.fixed(-0.01, 2) == "-0.01")
  }

  @Test("scientific uses two decimals by default") func scientific() {
    #expect(NumberFormat.scientific(0.000123) == "1.23e-04")
  }
}
