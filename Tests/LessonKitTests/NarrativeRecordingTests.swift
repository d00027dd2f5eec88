import Testing

@testable import LessonKit

@Suite("Narrative: the story recorded as blocks") struct NarrativeRecordingTests {
  @Test("every call is recorded in order, with the section's file and line")
  func recorded() {
    let capture = LineCapture()
    var story = Narrative(sink: capture.sink)
    let line = #line + 1
    story.section("One", uses: ["E.swift"])
    story.paragraph("p")
    story.formula("f")
    story.expect("e")
    story.table(["h"], [["1"]])
    story.result("r")
    story.figure(
      name: "fig", svg: "<svg><title id=\"t\">T &amp; U</title><desc>D</desc></svg>",
      path: "out/fig.svg")
    #expect(
      story.blocks == [
        .section(
          number: 1, title: "One",
          source: SourceLocation(
            fileID: "LessonKitTests/NarrativeRecordingTests.swift", line: line),
          files: ["E.swift"]),
        .paragraph("p"), .formula("f"), .expect("e"), .table(headers: ["h"], rows: [["1"]]),
        .result("r"),
        .figure(ShownFigure(name: "fig", number: 1, title: "T & U", description: "D")),
      ])
    #expect(story.figures.map(\.name) == ["fig"])
    #expect(capture.lines.contains("  ▸ Figure 1, out/fig.svg: T & U"))
  }

  @Test("quiet mode prints nothing but still records the story") func quietRecords() {
    let capture = LineCapture()
    var story = Narrative(isQuiet: true, sink: capture.sink)
    story.section("Hidden")
    story.paragraph("hidden")
    #expect(capture.lines.isEmpty)
    #expect(story.blocks.count == 2)
  }

  @Test("the terminal-only header is printed, never recorded") func terminalOnly() {
    let capture = LineCapture()
    let story = Narrative(sink: capture.sink)
    story.terminalOnly("Lesson 1")
    #expect(capture.lines == ["Lesson 1"])
    #expect(story.blocks.isEmpty)
  }
}
