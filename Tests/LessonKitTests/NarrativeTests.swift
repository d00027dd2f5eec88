import Testing

@testable import LessonKit

@Suite("Narrative") struct NarrativeTests {
  @Test("wrapping keeps every word, in order, and no line exceeds the width")
  func wrapping() {
    let text = (1...60).map { "word\($0)" }.joined(separator: " ")
    let lines = Narrative.wrap(text, width: 30)
    #expect(lines.allSatisfy { $0.count <= 30 })
    #expect(lines.joined(separator: " ") == text)
  }

  @Test("Chinese counts two columns a character, so wrapped lines fit the terminal")
  func wideCharacters() {
    let text = (1...12).map { _ in "偏置b为什么不加正则" }.joined(separator: " ")
    let lines = Narrative.wrap(text, width: 40)
    // 10 characters, 19 columns each: two words fit a 40-column line, three would not.
    #expect(lines.allSatisfy { TextWidth.columns($0) <= 40 })
    #expect(lines.count == 6)
  }

  @Test("a word longer than the width stands alone rather than being cut") func longWord() {
    let word = String(repeating: "λ", count: 40)
    #expect(Narrative.wrap("a \(word) b", width: 10) == ["a", word, "b"])
  }

  @Test("sections are numbered in order and formulas indented by four spaces")
  func sectionsAndFormulas() {
    let capture = LineCapture()
    var story = Narrative(sink: capture.sink)
    story.section("First")
    story.formula("w ← w − η·∂C/∂w")
    story.section("Second")
    #expect(capture.lines.contains { $0.hasPrefix("── 1. First ") })
    #expect(capture.lines.contains { $0.hasPrefix("── 2. Second ") })
    #expect(capture.lines.contains("    w ← w − η·∂C/∂w"))
    #expect(capture.lines.allSatisfy { $0.count <= Narrative.width })
  }

  @Test("quiet mode prints nothing but the lines marked always") func quiet() {
    let capture = LineCapture()
    var story = Narrative(isQuiet: true, sink: capture.sink)
    story.section("Hidden")
    story.paragraph("hidden")
    story.formula("hidden")
    story.table(["a"], [["1"]])
    story.always("shown")
    #expect(capture.lines == ["shown"])
  }
}
