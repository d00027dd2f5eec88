import Testing

@testable import Figures

@Suite("Tick labels") struct TickLabelTests {
  @Test("a decade is 10 with its exponent raised, negative ones with a Unicode minus")
  func decade() {
    #expect(TickLabel.decade(-3) == TickLabel(text: "10", superscript: "\u{2212}3"))
    #expect(TickLabel.decade(2).plain == "10²")
    #expect(TickLabel.decade(-12).plain == "10⁻¹²")
  }

  @Test(
    "plain decimal labels carry no floating-point noise",
    arguments: [
      (Int64(3), -1, "0.3"), (Int64(30), -2, "0.3"), (Int64(15), 2, "1500"),
      (Int64(-5), -1, "−0.5"),
      (Int64(0), -4, "0"), (Int64(12), -5, "0.00012"),
    ])
  func plainDecimal(mantissa: Int64, exponent: Int, expected: String) {
    let label = TickLabel.decimal(mantissa: mantissa, exponent: exponent, scientific: false)
    #expect(label.plain == expected)
  }

  @Test("scientific labels read m×10ⁿ, and just 10ⁿ when the mantissa is 1")
  func scientific() {
    #expect(TickLabel.decimal(mantissa: 2, exponent: -5, scientific: true).plain == "2×10⁻⁵")
    #expect(TickLabel.decimal(mantissa: 10, exponent: 5, scientific: true).plain == "10⁶")
    #expect(TickLabel.decimal(mantissa: 25, exponent: 6, scientific: true).plain == "2.5×10⁷")
    #expect(TickLabel.decimal(mantissa: -4, exponent: 8, scientific: true).plain == "−4×10⁸")
  }
}
