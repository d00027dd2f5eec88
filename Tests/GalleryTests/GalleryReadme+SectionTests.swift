import LessonKit
import Testing

@testable import Gallery

@Suite("Gallery page: a lesson's section") struct GalleryReadmeSectionTests {
  func section(_ entry: GalleryEntry) -> String {
    GalleryReadme.section(entry).joined(separator: "\n")
  }

  @Test("a statement's Markdown characters are escaped, so a pipe cannot split the table row")
  func escaping() {
    let claim = Claim(
      "a", "|x_jᵀr/n| ≤ α where *w_j* = 0 <b>", measured: "max |c_j| = 1e-3 [ok]", holds: true)
    let text = section(Entries.entry(1, claims: [claim]))
    #expect(
      text.contains(
        "| ✅\u{A0}held | **(a)** \\|x\\_jᵀr/n\\| ≤ α where \\*w\\_j\\* = 0 &lt;b&gt; "
          + "| max \\|c\\_j\\| = 1e-3 \\[ok\\] |"))
  }

  @Test("a failing claim is marked FAILED in its row and counted in the verdict") func failing() {
    let entry = Entries.entry(
      1, outcome: LessonOutcome(stage: .run, termination: .exited(1)),
      claims: [Entries.held("a"), Claim("b", "wrong", measured: "m = 2 > 1", holds: false)])
    let text = section(entry)
    #expect(text.contains("| ❌\u{A0}**FAILED** | **(b)** wrong | m = 2 &gt; 1 |"))
    #expect(text.contains("| ✅\u{A0}held | **(a)** statement a | m = 1 |"))
    #expect(text.contains("**Claims:** ❌ 1 of 2 did **not** hold."))
  }

  @Test("figures and data are linked relative to the gallery folder, the story from its parent")
  func relativeLinks() {
    let text = section(Entries.entry(3))
    #expect(
      text.contains(
        "<a href=\"lesson-3/README.md#figure-path\"><img src=\"lesson-3/path.svg\" "
          + "width=\"200\" alt=\"Title\"></a>"))
    #expect(text.contains("Data: [`path.csv`](lesson-3/path.csv)."))
    #expect(text.contains("**[Read the lesson](lesson-3/README.md)**"))
    #expect(text.contains("[`Lessons/03-test/main.swift`](../Lessons/03-test/main.swift)"))
    #expect(!text.contains("](/"))  // no absolute link anywhere
  }

  @Test("each figure's caption is numbered per lesson and links to its place on the page")
  func caption() {
    let text = section(Entries.entry(2))
    #expect(
      text.contains("- [Figure 2.1. Title.](lesson-2/README.md#figure-path) Data: [`path.csv`]"))
  }

  @Test("a title with quotes or markup is safe in the thumbnail's alt attribute") func alt() {
    #expect(GalleryReadme.attribute("a \"b\" <c> & d") == "a &quot;b&quot; &lt;c&gt; &amp; d")
  }

  @Test("a failed lesson says how it ended, shows the end of its stderr and no claims or figures")
  func failedLesson() {
    let outcome = LessonOutcome(
      stage: .run, termination: .exited(70), tail: ["lesson-4: error: boom", "```"])
    let text = section(Entries.entry(4, outcome: outcome))
    #expect(
      text.contains(
        "❌ **This lesson failed:** `lesson-4` exited with status 70: the story threw an error; "
          + "nothing was written."))
    #expect(
      text.contains("The end of its standard error:\n\n````text\nlesson-4: error: boom\n```\n````"))
    #expect(!text.contains("**Claims:**"))
    #expect(!text.contains("**Figures**"))
  }

  @Test("a lesson that did not build shows the build's error lines") func buildFailure() {
    let outcome = LessonOutcome(
      stage: .build, termination: .exited(1), tail: ["main.swift:3:1: error: x"])
    let text = section(Entries.entry(5, outcome: outcome))
    #expect(text.contains("`lesson-5` did not build (swift build exited with status 1)."))
    #expect(text.contains("The end of the build's output:"))
  }

  @Test("a figure whose SVG cannot be read is named with the reason, not embedded")
  func unreadableFigure() {
    let entry = Entries.entry(6)
    let broken = GalleryEntry(
      info: entry.info, outcome: entry.outcome, claims: entry.claims,
      figures: [
        .init(name: "path", caption: .failure(ReadProblem("path.svg: the <svg> has no <desc>")))
      ])
    let text = section(broken)
    #expect(
      text.contains(
        "⚠️ **Figure 6.1 (`path`) cannot be shown:** "
          + "path.svg: the &lt;svg&gt; has no &lt;desc&gt;."))
    #expect(!text.contains("!["))
  }

  @Test("a lesson whose claim failed says so above its claims, with no empty stderr block")
  func claimOnly() {
    let entry = Entries.entry(
      1, outcome: LessonOutcome(stage: .run, termination: .exited(1)),
      claims: [Claim("a", "s", measured: "m", holds: false)])
    let text = section(entry)
    #expect(
      text.contains(
        "❌ **This lesson failed:** `lesson-1` exited with status 1: a claim did not hold."))
    #expect(!text.contains("```"))
  }

  @Test("sentences end with exactly one full stop") func sentence() {
    #expect(GalleryReadme.sentence("Title") == "Title.")
    #expect(GalleryReadme.sentence("Done.") == "Done.")
    #expect(GalleryReadme.sentence("Why?") == "Why?")
    #expect(GalleryReadme.sentence("") == "")
  }
}
