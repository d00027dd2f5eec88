import Testing

@testable import Figures

@Suite("Text metrics") struct TextMetricsTests {
  @Test("width is the sum of the per-character advances times the font size")
  func widthIsSumOfAdvances() {
    // 0.64 em per digit, 0.32 em for the point: 3 · 0.64 + 0.32 = 2.24 em at 10 px,
    // times the calibration 0.9. Tolerance: one rounding of a sum of three doubles.
    #expect(abs(TextMetrics.width(of: "1.25", fontSize: 10) - 22.4 * 0.9) < 1e-9)
  }

  @Test("narrow letters are estimated narrower than wide ones")
  func narrowVersusWide() {
    #expect(
      TextMetrics.width(of: "iiii", fontSize: 12) < TextMetrics.width(of: "MMMM", fontSize: 12))
  }

  @Test("a superscript counts at 75 % of the font size")
  func superscriptWidth() {
    let label = TickLabel(text: "10", superscript: "3")
    let expected = (13 * (2 * 0.64) + 13 * 0.75 * 0.64) * TextMetrics.calibration
    // Tolerance: floating-point sum of three products.
    #expect(abs(TextMetrics.width(of: label, fontSize: 13) - expected) < 1e-9)
  }

  @Test("wrap keeps every line within the width unless a single word is wider")
  func wrapFitsWidth() {
    let text = "Test error against the regularization strength for five different seeds"
    let lines = TextMetrics.wrap(text, width: 200, fontSize: 15)
    #expect(lines.count > 1)
    #expect(lines.joined(separator: " ") == text)
    for line in lines where line.contains(" ") {
      #expect(TextMetrics.width(of: line, fontSize: 15) <= 200)
    }
  }

  @Test("wrap gives no lines for an empty text")
  func wrapEmpty() {
    #expect(TextMetrics.wrap("", width: 100, fontSize: 12).isEmpty)
    #expect(TextMetrics.wrap("   ", width: 100, fontSize: 12).isEmpty)
  }
}
