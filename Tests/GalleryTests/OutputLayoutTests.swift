import Foundation
import Gallery
import LessonKit
import Testing

@Suite("Output/ holds exactly what the catalogue lists") struct OutputLayoutTests {
  @Test("the gallery folder holds README.md and one folder per catalogued lesson, nothing else")
  func topLevel() {
    let expected = (["README.md"] + Catalogue.lessons.map(\.program)).sorted()
    #expect(Package.contents(of: Package.output) == expected)
  }

  @Test(
    "a lesson's folder holds an SVG and a CSV per catalogued figure, claims.csv, its page, nothing else",
    arguments: Catalogue.lessons)
  func lessonFolder(info: LessonInfo) {
    let expected =
      (info.figures.flatMap { [$0 + ".svg", $0 + ".csv"] } + ["claims.csv", "README.md"])
      .sorted()
    #expect(Package.contents(of: Package.output + "/" + info.program) == expected)
  }

  @Test("every committed claim held", arguments: Catalogue.lessons)
  func claimsHeld(info: LessonInfo) throws {
    let text = try String(
      contentsOfFile: Package.output + "/\(info.program)/claims.csv", encoding: .utf8)
    let claims = try ClaimReport.claims(fromCSV: text)
    #expect(!claims.isEmpty)
    for claim in claims where !claim.holds {
      Issue.record("\(info.program) claim (\(claim.label)) did not hold: \(claim.measured)")
    }
  }

  @Test("Output/README.md is the page the gallery builds from the committed files")
  func readmeCurrent() throws {
    let entries = Catalogue.lessons.map {
      GalleryEntry.read(info: $0, outcome: .succeeded, root: Package.output)
    }
    let committed = try String(contentsOfFile: Package.output + "/README.md", encoding: .utf8)
    #expect(
      committed == GalleryReadme.markdown(entries),
      "Output/README.md is out of date: run swift run lessons all")
  }
}
