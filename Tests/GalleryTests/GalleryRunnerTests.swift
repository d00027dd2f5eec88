import Foundation
import LessonKit
import Testing

@testable import Gallery

/// Stand-in lesson programs: each writes the files it is told to into the staging folder,
/// then a real shell process prints to stderr and exits with the given status.
struct FakeLessons {
  struct Behaviour {
    var files: [String]
    var claims: [Claim] = [Claim("a", "s", measured: "m", holds: true)]
    var shell = "exit 0"
  }

  var behaviours: [Int: Behaviour]

  static let svg = """
    <svg xmlns="http://www.w3.org/2000/svg"><title>A title</title><desc>A desc.</desc></svg>
    """

  var launch: GalleryRunner.Launch {
    { info, staging in
      let behaviour = behaviours[info.number] ?? Behaviour(files: [])
      let folder = staging + "/" + info.program
      try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      for name in behaviour.files {
        let text = name == "claims.csv" ? ClaimReport.csv(behaviour.claims) : Self.svg
        try? text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
      }
      return ChildProcess("/bin/sh", ["-c", behaviour.shell]).run()
    }
  }

  /// Every file the lesson should write.
  static func complete(_ info: LessonInfo) -> [String] { GalleryEntry.expectedFiles(of: info) }
}

@Suite("Gallery runner") struct GalleryRunnerTests {
  let lessons = [Entries.info(1), Entries.info(2), Entries.info(3)]

  func run(_ fake: FakeLessons, root: String, buildFailures: [Int: LessonOutcome] = [:])
    -> (ExitCode, LineCapture, LineCapture)
  {
    let out = LineCapture()
    let err = LineCapture()
    var runner = GalleryRunner(
      output: root, lessons: lessons, launch: fake.launch, report: out.sink,
      reportError: err.sink)
    runner.buildFailures = buildFailures
    return (runner.run(), out, err)
  }

  func allComplete() -> FakeLessons {
    FakeLessons(
      behaviours: Dictionary(
        uniqueKeysWithValues: lessons.map {
          ($0.number, FakeLessons.Behaviour(files: FakeLessons.complete($0)))
        }))
  }

  @Test("every lesson succeeds: exit 0, one folder per lesson, the page, no staging left")
  func success() throws {
    let root = temporaryFolder() + "/gallery"
    let (status, out, err) = run(allComplete(), root: root)
    #expect(status == .success)
    #expect(err.lines.isEmpty)
    #expect(filesIn(root) == ["README.md", "lesson-1", "lesson-2", "lesson-3"])
    #expect(filesIn(root + "/lesson-2") == ["README.md", "claims.csv", "path.csv", "path.svg"])
    let page = try String(contentsOfFile: root + "/README.md", encoding: .utf8)
    #expect(page.contains("**3 lessons, 3 claims: all held.**"))
    #expect(out.lines.filter { $0.hasPrefix("lesson-") }.count == 3)
  }

  @Test("a lesson that throws is reported with its status and stderr; the others still run")
  func oneFails() throws {
    var fake = allComplete()
    fake.behaviours[2]?.files = ["path.svg"]  // half written, then it dies
    fake.behaviours[2]?.shell = "echo 'lesson-2: error: boom' >&2; exit 70"
    let root = temporaryFolder()
    let (status, out, err) = run(fake, root: root)
    #expect(status == .claimFailed)
    #expect(filesIn(root) == ["README.md", "lesson-1", "lesson-3"])
    #expect(out.lines.contains { $0.hasPrefix("lesson-2  FAILED") })
    #expect(
      err.lines == [
        "lesson-2 exited with status 70: the story threw an error; nothing was written",
        "  │ lesson-2: error: boom",
      ])
    let page = try String(contentsOfFile: root + "/README.md", encoding: .utf8)
    #expect(page.contains("lesson-2: error: boom"))
    #expect(page.contains("| [2 · Lesson title 2](#lesson-2) | ❌ failed (exit status 70) | 1 |"))
  }

  @Test("a new run replaces a lesson's folder whole; a failed run removes the old one")
  func replaces() throws {
    let root = temporaryFolder()
    for program in ["lesson-1", "lesson-2"] {
      try FileManager.default.createDirectory(
        atPath: root + "/" + program, withIntermediateDirectories: true)
      _ = FileManager.default.createFile(atPath: root + "/\(program)/old.svg", contents: Data())
    }
    var fake = allComplete()
    fake.behaviours[2]?.shell = "exit 70"
    _ = run(fake, root: root)
    #expect(filesIn(root + "/lesson-1") == ["README.md", "claims.csv", "path.csv", "path.svg"])
    #expect(!FileManager.default.fileExists(atPath: root + "/lesson-2"))
  }

  @Test("a failed claim keeps the evidence, marks the claim, and makes the run fail")
  func claimFails() throws {
    var fake = allComplete()
    fake.behaviours[3]?.claims = [Claim("a", "wrong", measured: "2 > 1", holds: false)]
    fake.behaviours[3]?.shell = "exit 1"
    let root = temporaryFolder()
    let (status, _, err) = run(fake, root: root)
    #expect(status == .claimFailed)
    #expect(filesIn(root + "/lesson-3") == ["README.md", "claims.csv", "path.csv", "path.svg"])
    #expect(err.lines.contains("  claim (a) did not hold: 2 > 1"))
    let page = try String(contentsOfFile: root + "/README.md", encoding: .utf8)
    #expect(page.contains("| ❌\u{A0}**FAILED** | **(a)** wrong | 2 &gt; 1 |"))
  }

  @Test("exit 0 without a listed figure, or with an unlisted file, is a failure naming them")
  func wrongFiles() {
    var fake = allComplete()
    fake.behaviours[1]?.files = ["path.svg", "claims.csv", "README.md", "extra.svg"]
    let (status, _, err) = run(fake, root: temporaryFolder())
    #expect(status == .claimFailed)
    #expect(
      err.lines.first
        == "lesson-1 exited with status 0: every claim held; it did not write path.csv; "
        + "it wrote files the catalogue does not list: extra.svg")
  }

  @Test("a lesson that did not build is reported and not run") func buildFailure() throws {
    let failure = LessonOutcome(
      stage: .build, termination: .exited(1), tail: ["Lessons/x/main.swift:1: error: bad"])
    let root = temporaryFolder()
    let (status, _, err) = run(allComplete(), root: root, buildFailures: [1: failure])
    #expect(status == .claimFailed)
    #expect(filesIn(root) == ["README.md", "lesson-2", "lesson-3"])
    #expect(err.lines.first == "lesson-1 did not build (swift build exited with status 1)")
  }

  @Test("a gallery folder that cannot be created exits 73 and runs nothing") func unwritable() {
    let root = temporaryFolder()
    _ = FileManager.default.createFile(atPath: root + "/file", contents: Data())
    let (status, out, err) = run(allComplete(), root: root + "/file/gallery")
    #expect(status == .cannotCreate)
    #expect(out.lines.isEmpty)
    #expect(err.lines.first?.hasPrefix("lessons: cannot create the folder ") == true)
  }
}
