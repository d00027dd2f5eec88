import LessonKit
import Testing

@testable import Gallery

/// Gallery entries built in memory, for the page tests.
enum Entries {
  static func info(_ number: Int, figures: [String] = ["path"]) -> LessonInfo {
    LessonInfo(
      number: number, slug: (number < 10 ? "0" : "") + "\(number)-test",
      title: "Lesson title \(number)",
      sources: "seed 00\(number)", summary: "First sentence. Second sentence.",
      figures: figures, defaultSeed: 1)
  }

  static func entry(
    _ number: Int, outcome: LessonOutcome = .succeeded, claims: [Claim] = [held("a")]
  ) -> GalleryEntry {
    let info = info(number)
    return GalleryEntry(
      info: info, outcome: outcome, claims: .success(outcome.wroteFiles ? claims : []),
      figures: outcome.wroteFiles
        ? info.figures.map {
          .init(name: $0, caption: .success(FigureCaption(title: "Title", description: "Desc.")))
        } : [])
  }

  static func held(_ label: String) -> Claim {
    Claim(label, "statement \(label)", measured: "m = 1", holds: true)
  }
}

@Suite("Gallery page") struct GalleryReadmeTests {
  @Test("the page has a title, says how to regenerate it, and ends with one newline")
  func frame() {
    let page = GalleryReadme.markdown([Entries.entry(1)])
    #expect(page.hasPrefix("# Gallery\n"))
    #expect(page.contains("run `swift run lessons all` from the package root"))
    #expect(page.hasSuffix("\n") && !page.hasSuffix("\n\n"))
  }

  @Test("the overview links every lesson to its section's anchor, in catalogue order")
  func overview() {
    let page = GalleryReadme.markdown([Entries.entry(1), Entries.entry(2)])
    let first = page.range(of: "| [1 · Lesson title 1](#lesson-1) | ✅ 1 of 1 held | 1 |")
    let second = page.range(of: "| [2 · Lesson title 2](#lesson-2) | ✅ 1 of 1 held | 1 |")
    #expect(first != nil && second != nil)
    #expect(page.contains("## <a id=\"lesson-1\"></a>Lesson 1 · Lesson title 1"))
    #expect(page.contains("## <a id=\"lesson-2\"></a>Lesson 2 · Lesson title 2"))
    if let first, let second { #expect(first.lowerBound < second.lowerBound) }
  }

  @Test("the tally says all held, or which lessons failed and how many claims did not hold")
  func tally() {
    #expect(GalleryReadme.tally([Entries.entry(1)]) == "1 lesson, 1 claim: all held.")
    let failed = Claim("b", "s", measured: "m", holds: false)
    let entries = [
      Entries.entry(1),
      Entries.entry(
        2, outcome: LessonOutcome(stage: .run, termination: .exited(1)),
        claims: [Entries.held("a"), failed]),
      Entries.entry(3, outcome: LessonOutcome(stage: .run, termination: .exited(70))),
    ]
    #expect(
      GalleryReadme.tally(entries)
        == "3 lessons, 3 claims: 2 lessons failed (lessons 2, 3); 1 claim did not hold.")
  }

  @Test("the overview marks failed claims, failed runs and failed builds")
  func claimStatus() {
    let claimFailed = Entries.entry(
      1, outcome: LessonOutcome(stage: .run, termination: .exited(1)),
      claims: [Entries.held("a"), Claim("b", "s", measured: "m", holds: false)])
    #expect(GalleryReadme.claimStatus(claimFailed) == "❌ 1 of 2 held")
    let threw = Entries.entry(1, outcome: LessonOutcome(stage: .run, termination: .exited(70)))
    #expect(GalleryReadme.claimStatus(threw) == "❌ failed (exit status 70)")
    let broken = Entries.entry(1, outcome: LessonOutcome(stage: .build, termination: .exited(1)))
    #expect(GalleryReadme.claimStatus(broken) == "❌ did not build")
  }
}
