import LessonKit
import Testing

@testable import Gallery

@Suite("The catalogue listing") struct CatalogueListingTests {
  @Test("one line per lesson: program, title and sources in aligned columns") func lines() {
    let long = LessonInfo(
      number: 12, slug: "12-x", title: "A longer title", sources: "seed 002", summary: "",
      figures: [], defaultSeed: 1)
    let short = LessonInfo(
      number: 3, slug: "03-x", title: "Short", sources: "seed 001 (增加)", summary: "",
      figures: [], defaultSeed: 1)
    #expect(
      Catalogue.listing([short, long]) == [
        "lesson-3   Short           seed 001 (增加)",
        "lesson-12  A longer title  seed 002",
      ])
  }

  @Test("the real catalogue lists every lesson once, in order") func real() {
    let lines = Catalogue.listing()
    #expect(lines.count == Catalogue.lessons.count)
    for (line, info) in zip(lines, Catalogue.lessons) {
      #expect(line.hasPrefix(info.program + " ") && line.contains(info.title))
      #expect(line.hasSuffix(info.sources))
    }
  }
}
