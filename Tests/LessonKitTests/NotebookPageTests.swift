import Testing

@testable import LessonKit

@Suite("Notebook page") struct NotebookPageTests {
  let info = LessonInfo(
    number: 7, slug: "07-some-slug", title: "A *title*", sources: "seed 000 §2.1",
    summary: "s.", figures: ["path"], defaultSeed: 3)

  func page(seed: UInt64 = 3, _ blocks: [StoryBlock], claims: [Claim] = []) -> [String] {
    NotebookPage.markdown(info: info, seed: seed, blocks: blocks, claims: claims)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test("the header: escaped title, sources, how to run it, the default seed") func header() {
    let lines = page([])
    #expect(lines[0] == "# Lesson 7 · A \\*title\\*")
    #expect(lines.contains("**Sources:** seed 000 §2.1"))
    #expect(lines.contains { $0.hasPrefix("**Run it:** `swift run lesson-7`") })
    #expect(lines.contains("This page shows the run with the lesson's default seed, 3."))
  }

  @Test("another seed is said, with the default") func otherSeed() {
    #expect(
      page(seed: 11, []).contains(
        "This page shows the run with `--seed 11`; the lesson's default seed is 3."))
  }

  @Test("a section links its line of code and the files it calls") func sectionLinks() {
    let source = SourceLocation(fileID: "lesson_7/main.swift", line: 42)
    let lines = page([.section(number: 2, title: "α_max", source: source, files: ["E.swift"])])
    #expect(lines.contains("## 2. α\\_max"))
    #expect(
      lines.contains(
        "<sub>Code: [main.swift, line 42](../../Lessons/07-some-slug/main.swift#L42) · calls "
          + "[`E.swift`](../../Lessons/07-some-slug/E.swift)</sub>"))
    // The header lists the story and every file the sections name, once.
    #expect(
      lines.contains {
        $0.hasSuffix(
          "[`main.swift`](../../Lessons/07-some-slug/main.swift) · "
            + "[`E.swift`](../../Lessons/07-some-slug/E.swift)")
      })
  }

  @Test("paragraphs are escaped and keep their line breaks; formulas are code blocks")
  func text() {
    let lines = page([.paragraph("|x_j| ≤ α\n- not a list"), .formula("a_b\n*c*")])
    #expect(lines.contains("\\|x\\_j\\| ≤ α\\"))
    #expect(lines.contains("\\- not a list"))
    let fence = lines.firstIndex(of: "```text")
    #expect(fence.map { Array(lines[$0...($0 + 3)]) } == ["```text", "a_b", "*c*", "```"])
  }

  @Test("expectations are a blockquote, results a bold arrow") func expectAndResult() {
    let lines = page([.expect("zeros"), .result("20 of 20")])
    #expect(lines.contains("> **Expect:** zeros"))
    #expect(lines.contains("**→** 20 of 20"))
  }

  @Test("tables: numeric columns right-aligned, cells escaped, short rows padded") func table() {
    let lines = page([.table(headers: ["name", "w_j"], rows: [["x|1", "1.5"], ["x2"]])])
    #expect(lines.contains("| name | w\\_j |"))
    // The second column has an empty cell, so it is not all numeric.
    #expect(lines.contains("|:--|:--|"))
    #expect(lines.contains("| x\\|1 | 1.5 |"))
    #expect(lines.contains("| x2 |  |"))
    let numeric = page([.table(headers: ["a", "b"], rows: [["x", "−1.5e-03"], ["y", "2"]])])
    #expect(numeric.contains("|:--|--:|"))
  }

  @Test("a figure: an anchor, the image with its description, the numbered caption and CSV")
  func figure() {
    let figure = ShownFigure(name: "path", number: 2, title: "Paths [L1]", description: "d < e")
    let lines = page([.figure(figure)])
    #expect(lines.contains("<a id=\"figure-path\"></a>"))
    #expect(lines.contains("![d &lt; e](path.svg)"))
    #expect(lines.contains("**Figure 2.** Paths \\[L1\\] · data: [`path.csv`](path.csv)"))
  }

  @Test("the claims close the page, the same rows as claims.csv") func claims() {
    let claims = [
      Claim("a", "zeros", measured: "20 of 20", holds: true),
      Claim("b", "x_j", measured: "", holds: false),
    ]
    let lines = page([], claims: claims)
    let heading = lines.firstIndex(of: "## Claims") ?? -1
    #expect(heading > 0)
    #expect(lines.contains("| ✅\u{A0}held | **(a)** zeros | 20 of 20 |"))
    #expect(lines.contains("| ❌\u{A0}**FAILED** | **(b)** x\\_j | — |"))
    #expect(lines.last == "")
  }
}
