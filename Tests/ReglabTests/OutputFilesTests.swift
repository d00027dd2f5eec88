import Foundation
import Testing

@testable import reglab

@Suite("Output files") struct OutputFilesTests {
  @Test("files land whole in a folder created with its parents; no temporary file is left")
  func writesIntoNewFolders() throws {
    let folder = scratchFolder() + "/a/b"
    var files = OutputFiles()
    files.add("one.csv", "x\r\n1\r\n")
    files.add("two.svg", "<svg/>")
    let written = try files.write(to: folder)
    #expect(written == [folder + "/one.csv", folder + "/two.svg"])
    #expect(try String(contentsOfFile: folder + "/one.csv", encoding: .utf8) == "x\r\n1\r\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [
        "one.csv", "two.svg",
      ])
  }

  @Test("writing again replaces the files")
  func replacesFiles() throws {
    let folder = scratchFolder()
    var first = OutputFiles()
    first.add("f.csv", "old")
    _ = try first.write(to: folder)
    var second = OutputFiles()
    second.add("f.csv", "new")
    _ = try second.write(to: folder)
    #expect(try String(contentsOfFile: folder + "/f.csv", encoding: .utf8) == "new")
  }
}
