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

@Suite("Number format: parameters and lists") struct NumberFormatParameterTests {
  @Test(
    "plain writes a parameter as a person would",
    arguments: [(5.0, "5"), (0.1, "0.1"), (0.001, "0.001"), (1e-6, "1e-06"), (-0.0, "0")])
  func plain(value: Double, text: String) { #expect(NumberFormat.plain(value) == text) }

  @Test(
    "compact drops padding zeros, keeping the exponent",
    arguments: [(50.0, "50"), (0.5, "0.5"), (1e-4, "1e-04"), (1234.56, "1235"), (0, "0")])
  func compact(value: Double, text: String) { #expect(NumberFormat.compact(value) == text) }

  @Test("trimming zeros leaves integers and exponents alone") func trimming() {
    #expect(NumberFormat.trimmingZeros("50.00") == "50")
    #expect(NumberFormat.trimmingZeros("0.5000") == "0.5")
    #expect(NumberFormat.trimmingZeros("100") == "100")
  }

  @Test("a list joins formatted numbers with commas") func list() {
    #expect(NumberFormat.list([1, 0.25, 1e-5]) == "1, 0.25, 1e-05")
    #expect(NumberFormat.list([1, 2], { NumberFormat.fixed($0, 1) }) == "1.0, 2.0")
    #expect(NumberFormat.list([]) == "")
  }
}
