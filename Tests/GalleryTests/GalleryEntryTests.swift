import Foundation
import LessonKit
import Testing

@testable import Gallery

@Suite("Gallery entries") struct GalleryEntryTests {
  let info = LessonInfo(
    number: 7, slug: "07-test", title: "A test", sources: "none", summary: "S.",
    figures: ["first", "second"], defaultSeed: 1)
  let svg = """
    <svg xmlns="http://www.w3.org/2000/svg"><title>T &amp; t</title><desc>D</desc></svg>
    """

  /// A gallery folder holding `lesson-7/` with the given files.
  func folder(_ files: [String: String]) throws -> String {
    let root = temporaryFolder()
    try FileManager.default.createDirectory(
      atPath: root + "/lesson-7", withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(toFile: root + "/lesson-7/" + name, atomically: true, encoding: .utf8)
    }
    return root
  }

  @Test("a lesson writes an SVG and a CSV per catalogue figure, then claims.csv and its page")
  func expectedFiles() {
    #expect(
      GalleryEntry.expectedFiles(of: info) == [
        "first.svg", "first.csv", "second.svg", "second.csv", "claims.csv", "README.md",
      ])
  }

  @Test("reads the claims and every caption of a lesson that succeeded") func reads() throws {
    let claims = [Claim("a", "s", measured: "m", holds: true)]
    let root = try folder([
      "claims.csv": ClaimReport.csv(claims), "first.svg": svg, "second.svg": svg,
    ])
    let entry = GalleryEntry.read(info: info, outcome: .succeeded, root: root)
    #expect(try entry.claims.get() == claims)
    #expect(entry.figures.map(\.name) == ["first", "second"])
    #expect(try entry.figures[0].caption.get() == FigureCaption(title: "T & t", description: "D"))
    #expect(entry.isSuccess)
  }

  @Test("a missing SVG or claims.csv becomes a problem that fails the entry") func missing() throws
  {
    let root = try folder(["first.svg": svg])
    let entry = GalleryEntry.read(info: info, outcome: .succeeded, root: root)
    #expect(throws: ReadProblem("claims.csv is missing or not UTF-8")) { try entry.claims.get() }
    #expect(throws: ReadProblem("second.svg is missing or not UTF-8")) {
      try entry.figures[1].caption.get()
    }
    #expect(!entry.isSuccess)
  }

  @Test("a malformed claims.csv is reported with its line") func malformed() throws {
    let root = try folder([
      "claims.csv": "label,statement,measured,holds\r\na,s,m,maybe\r\n", "first.svg": svg,
      "second.svg": svg,
    ])
    let entry = GalleryEntry.read(info: info, outcome: .succeeded, root: root)
    #expect(throws: ReadProblem("claims.csv, line 2: holds is 'maybe', expected true or false")) {
      try entry.claims.get()
    }
  }

  @Test("a lesson that wrote nothing is not read, even if an old folder exists")
  func notRead() throws {
    let root = try folder(["claims.csv": ClaimReport.csv([])])
    let entry = GalleryEntry.read(
      info: info, outcome: LessonOutcome(stage: .run, termination: .exited(70)), root: root)
    #expect(try entry.claims.get().isEmpty)
    #expect(entry.figures.isEmpty)
    #expect(!entry.isSuccess)
  }

  @Test("an exit status of 0 with a claim that did not hold is still a failure")
  func inconsistent() throws {
    let root = try folder([
      "claims.csv": ClaimReport.csv([Claim("a", "s", measured: "m", holds: false)]),
      "first.svg": svg, "second.svg": svg,
    ])
    #expect(!GalleryEntry.read(info: info, outcome: .succeeded, root: root).isSuccess)
  }
}
