import Testing

@testable import CommandLineOptions

@Suite("Quoting") struct QuoteTests {
  @Test("printable text is kept, Unicode included; control bytes become \\u{…}")
  func escapes() {
    #expect(Quote.text("α x1, “y”") == "\"α x1, “y”\"")
    #expect(Quote.value("a\u{0}b\nc\u{1B}[0m\u{FFFD}") == "'a\\u{0}b\\u{a}c\\u{1b}[0m\\u{fffd}'")
    #expect(Quote.escaped("\u{200B}") == "\\u{200b}")  // a format character (zero width)
  }
}
