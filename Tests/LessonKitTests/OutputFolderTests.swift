import Foundation
import Testing

@testable import LessonKit

@Suite("Output folder") struct OutputFolderTests {
  @Test("a figure is staged as an SVG and a CSV of the same base name, written on commit")
  func stageAndCommit() throws {
    let root = temporaryFolder()
    var folder = OutputFolder(root: root, program: "lesson-9")
    folder.stage(StubFigure(), as: "path")
    #expect(filesIn(root).isEmpty)  // nothing before commit
    let written = try folder.commit()
    #expect(written == [root + "/lesson-9/path.svg", root + "/lesson-9/path.csv"])
    #expect(filesIn(root + "/lesson-9") == ["path.csv", "path.svg"])
    let svg = try String(contentsOfFile: root + "/lesson-9/path.svg", encoding: .utf8)
    #expect(svg == StubFigure().svg())
  }

  @Test("committing over existing files replaces them whole") func replaces() throws {
    let root = temporaryFolder()
    var first = OutputFolder(root: root, program: "lesson-9")
    first.stage(file: "a.csv", contents: String(repeating: "long line\n", count: 100))
    _ = try first.commit()
    var second = OutputFolder(root: root, program: "lesson-9")
    second.stage(file: "a.csv", contents: "short\n")
    _ = try second.commit()
    #expect(try String(contentsOfFile: root + "/lesson-9/a.csv", encoding: .utf8) == "short\n")
  }

  @Test("a folder that cannot be created is reported by path") func unwritable() throws {
    let root = temporaryFolder()
    let blocker = root + "/file"
    FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8))
    var folder = OutputFolder(root: blocker, program: "lesson-1")
    folder.stage(file: "a.csv", contents: "x")
    #expect(throws: OutputError(path: blocker + "/lesson-1", reason: "cannot create the folder")) {
      try folder.commit()
    }
  }

  @Test("one destination taken by a folder: nothing is written, the old files stay whole")
  func allOrNothing() throws {
    let root = temporaryFolder()
    var first = OutputFolder(root: root, program: "lesson-9")
    first.stage(file: "a.csv", contents: "old a")
    first.stage(file: "b.svg", contents: "old b")
    _ = try first.commit()
    let folder = root + "/lesson-9"
    try FileManager.default.removeItem(atPath: folder + "/b.svg")
    try FileManager.default.createDirectory(
      atPath: folder + "/b.svg", withIntermediateDirectories: false)
    var second = OutputFolder(root: root, program: "lesson-9")
    second.stage(file: "a.csv", contents: "new a")
    second.stage(file: "b.svg", contents: "new b")
    #expect(
      throws: OutputError(
        path: folder + "/b.svg", reason: "a folder has this file's name; nothing was written")
    ) { try second.commit() }
    #expect(try String(contentsOfFile: folder + "/a.csv", encoding: .utf8) == "old a")
    #expect(filesIn(folder) == ["a.csv", "b.svg"])
  }

  @Test(
    "file names are lowercase slugs, and the page README.md",
    arguments: [
      ("lasso-path.svg", true), ("Path.svg", false), ("../x.svg", false), (".hidden", false),
      ("", false), ("README.md", true), ("readme.MD", false),
    ])
  func names(name: String, valid: Bool) {
    #expect(OutputFolder.isValidFileName(name) == valid)
  }
}
