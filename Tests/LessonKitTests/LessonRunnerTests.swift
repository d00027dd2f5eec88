import Foundation
import Testing

@testable import LessonKit

@Suite("Lesson runner") struct LessonRunnerTests {
  let info = LessonInfo(
    number: 99, slug: "99-test", title: "A test lesson", sources: "none", summary: "s.",
    figures: ["stub"], defaultSeed: 5)

  struct StoryFailure: Error, CustomStringConvertible { var description: String { "boom" } }

  func run(_ arguments: [String], story: (inout Lesson) throws -> Void)
    -> (ExitCode, LineCapture, LineCapture)
  {
    let out = LineCapture()
    let err = LineCapture()
    let status = LessonRunner.run(
      info, arguments: arguments, output: out.sink, errors: err.sink, story: story)
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
    #expect(filesIn(root + "/lesson-99") == ["claims.csv", "stub.csv", "stub.svg"])
    #expect(out.lines.contains("All 1 claims held."))
    #expect(out.lines.contains("  \(root)/lesson-99/stub.svg"))
  }

  @Test("an attached file is written beside the figures, with the same contents")
  func attachedFile() throws {
    let root = temporaryFolder()
    let (status, _, _) = run(["--output", root]) { lesson in
      lesson.attach(file: "data.csv", contents: "x,y\r\n1,2\r\n")
      lesson.show(StubFigure(), as: "stub")
    }
    #expect(status == .success)
    #expect(filesIn(root + "/lesson-99") == ["claims.csv", "data.csv", "stub.csv", "stub.svg"])
    let text = try String(contentsOfFile: root + "/lesson-99/data.csv", encoding: .utf8)
    #expect(text == "x,y\r\n1,2\r\n")
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
      lesson.claim(Claim("a", "it works", measured: "yes", holds: true))
    }
    #expect(!out.text.contains("story text"))
    #expect(!out.text.contains("Lesson 99"))
    #expect(out.text.contains("(a) it works"))
  }
}
