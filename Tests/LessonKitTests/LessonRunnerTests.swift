import Foundation
import Testing

@testable import LessonKit

@Suite("Lesson runner") struct LessonRunnerTests {
  let info = LessonInfo(
    number: 99, slug: "99-test", title: "A test lesson", sources: "none", summary: "s.",
    figures: ["stub"], defaultSeed: 5)

  struct StoryFailure: Error, CustomStringConvertible { var description: String { "boom" } }

  func run(
    _ arguments: [String], isTerminal: Bool = false, environment: [String: String] = [:],
    story: (inout Lesson) throws -> Void
  ) -> (ExitCode, LineCapture, LineCapture) {
    let out = LineCapture()
    let err = LineCapture()
    let status = LessonRunner.run(
      info, arguments: arguments, output: out.sink, errors: err.sink, isTerminal: isTerminal,
      environment: environment, story: story)
    return (status, out, err)
  }

  @Test("a successful run writes the figures and claims.csv, prints the claims, exits 0")
  func success() throws {
    let root = temporaryFolder()
    let (status, out, err) = run(["--output", root, "--seed", "3"]) { lesson in
      #expect(lesson.seed == 3)
      lesson.show(StubFigure(), as: "stub")
      lesson.claim(Claim("a", "it works", measured: "yes", holds: true))
    }
    #expect(status == .success)
    #expect(err.lines.isEmpty)
    #expect(
      filesIn(root + "/lesson-99") == ["README.md", "claims.csv", "stub.csv", "stub.svg"])
    #expect(out.lines.contains("All 1 claims held."))
    #expect(out.lines.contains("  \(root)/lesson-99/stub.svg"))
  }

  @Test("a failed claim still writes the evidence but exits 1") func claimFails() {
    let root = temporaryFolder()
    let (status, _, _) = run(["--output", root]) { lesson in
      lesson.show(StubFigure(), as: "stub")
      lesson.claim(Claim("a", "it works", measured: "no", holds: false))
    }
    #expect(status == .claimFailed)
    #expect(filesIn(root + "/lesson-99").contains("stub.svg"))
  }

  @Test("a usage error prints one line and the usage, exits 64, runs nothing, writes nothing")
  func usageError() {
    let root = temporaryFolder()
    var ran = false
    let (status, out, err) = run(["--output", root, "--bogus"]) { _ in ran = true }
    #expect(status == .usage)
    #expect(!ran)
    #expect(out.lines.isEmpty)
    #expect(err.lines.first == "lesson-99: unknown option '--bogus'")
    #expect(err.lines.dropFirst().first?.hasPrefix("usage: lesson-99") == true)
    #expect(filesIn(root).isEmpty)
  }

  @Test("--help prints the usage and exits 0 without running") func help() {
    var ran = false
    let (status, out, _) = run(["--help"]) { _ in ran = true }
    #expect(status == .success)
    #expect(!ran)
    #expect(out.lines.first?.hasPrefix("usage: lesson-99") == true)
  }

  @Test("a story that throws leaves nothing written and exits 70") func storyThrows() {
    let root = temporaryFolder()
    let (status, _, err) = run(["--output", root]) { lesson in
      lesson.show(StubFigure(), as: "stub")
      throw StoryFailure()
    }
    #expect(status == .software)
    #expect(err.lines.first == "lesson-99: error: boom")
    #expect(filesIn(root).isEmpty)
  }

  @Test("--quiet prints only the claims block and the files") func quiet() {
    let root = temporaryFolder()
    let (_, out, _) = run(["--output", root, "--quiet"]) { lesson in
      lesson.narrative.paragraph("story text")
      lesson.show(StubFigure(), as: "stub")
      lesson.claim(Claim("a", "it works", measured: "yes", holds: true))
    }
    #expect(!out.text.contains("story text"))
    #expect(!out.text.contains("Lesson 99"))
    #expect(out.text.contains("(a) it works"))
  }

  @Test(
    "a lesson that shows other figures than the catalogue lists fails, naming them, writing nothing",
    arguments: [
      (["stub", "other"], "not in the catalogue: other"),
      ([String](), "not shown: stub"),
    ])
  func figureMismatch(shown: [String], message: String) {
    let root = temporaryFolder()
    let (status, _, err) = run(["--output", root]) { lesson in
      for name in shown { lesson.show(StubFigure(), as: name) }
    }
    #expect(status == .software)
    #expect(err.lines.first?.hasPrefix("lesson-99: error: the figures shown differ") == true)
    #expect(err.lines.first?.contains(message) == true)
    #expect(filesIn(root).isEmpty)
  }

  @Test("the page is written beside the figures, with the story, the figure and the claims")
  func pageWritten() throws {
    let root = temporaryFolder()
    let (status, out, _) = run(["--output", root]) { lesson in
      lesson.narrative.section("First")
      lesson.narrative.paragraph("look at |x_j|")
      lesson.show(StubFigure(label: "A stub & its title"), as: "stub")
      lesson.claim(Claim("a", "it works", measured: "yes", holds: true))
    }
    #expect(status == .success)
    let page = try String(contentsOfFile: root + "/lesson-99/README.md", encoding: .utf8)
    #expect(page.hasPrefix("# Lesson 99 · A test lesson\n"))
    #expect(page.contains("## 1. First"))
    #expect(page.contains("look at \\|x\\_j\\|"))
    #expect(page.contains("![A stub &amp; its title](stub.svg)"))
    #expect(page.contains("**Figure 1.** A stub &amp; its title"))
    #expect(page.contains("| ✅\u{A0}held | **(a)** it works | yes |"))
    #expect(!page.contains(root))
    #expect(out.lines.contains { $0.contains("Figure 1, \(root)/lesson-99/stub.svg") })
  }

  @Test("escape codes appear only when told the output is a terminal, and never in the files")
  func colour() throws {
    func output(_ isTerminal: Bool, _ environment: [String: String], quiet: Bool = false)
      -> (String, String)
    {
      let root = temporaryFolder()
      let (_, out, _) = run(
        ["--output", root] + (quiet ? ["--quiet"] : []), isTerminal: isTerminal,
        environment: environment
      ) { lesson in
        lesson.narrative.section("Heading")
        lesson.show(StubFigure(), as: "stub")
        lesson.claim(Claim("a", "good", measured: "yes", holds: true))
        lesson.claim(Claim("b", "bad", measured: "no", holds: false))
      }
      let files = filesIn(root + "/lesson-99").compactMap {
        try? String(contentsOfFile: root + "/lesson-99/" + $0, encoding: .utf8)
      }
      return (out.text, files.joined())
    }
    let escape = "\u{1B}["
    let (styled, styledFiles) = output(true, [:])
    #expect(styled.contains(escape + "1m── 1. Heading"))
    #expect(styled.contains(escape + "32mheld"))
    #expect(styled.contains(escape + "1;31mFAILED"))
    #expect(!styledFiles.contains(escape))
    #expect(!output(false, [:]).0.contains(escape))
    #expect(!output(true, ["NO_COLOR": "1"]).0.contains(escape))
    #expect(!output(true, [:], quiet: true).0.contains(escape))
    // An empty NO_COLOR does not count (no-color.org).
    #expect(output(true, ["NO_COLOR": ""]).0.contains(escape))
  }
}
