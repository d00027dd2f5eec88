import Foundation
import Testing

@testable import AtomicOutput

private func scratch() -> String {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent(
    "fileset-\(UUID().uuidString)"
  ).path
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

private func names(_ folder: String) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
}

private func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

private func twoFiles(_ first: String = "new a", _ second: String = "new b") -> FileSet {
  var set = FileSet()
  set.add("a.csv", first)
  set.add("b.svg", second)
  return set
}

@Suite("All-or-nothing files") struct FileSetTests {
  @Test("every file lands whole, in folders created with their parents; no temporary is left")
  func writes() throws {
    let folder = scratch() + "/x/y"
    let written = try twoFiles().commit(into: folder)
    #expect(written == [folder + "/a.csv", folder + "/b.svg"])
    #expect(names(folder) == ["a.csv", "b.svg"])
    #expect(read(folder + "/b.svg") == "new b")
    _ = try twoFiles("again", "again").commit(into: folder)
    #expect(read(folder + "/a.csv") == "again")
    #expect(names(folder) == ["a.csv", "b.svg"])
  }

  @Test("one destination taken by a folder: nothing changes, not even the first file")
  func destinationIsAFolder() throws {
    let folder = scratch()
    _ = try twoFiles("old a", "old b").commit(into: folder)
    try FileManager.default.removeItem(atPath: folder + "/b.svg")
    try FileManager.default.createDirectory(
      atPath: folder + "/b.svg", withIntermediateDirectories: false)
    #expect(throws: FileSetError.destinationIsFolder(folder + "/b.svg")) {
      try twoFiles().commit(into: folder)
    }
    #expect(read(folder + "/a.csv") == "old a")
    #expect(names(folder) == ["a.csv", "b.svg"])
  }

  @Test("a folder path that is a file, or under a file: refused before anything is created")
  func folderIsAFile() throws {
    let root = scratch()
    FileManager.default.createFile(atPath: root + "/f", contents: Data("x".utf8))
    #expect(throws: FileSetError.notAFolder(root + "/f")) {
      try twoFiles().commit(into: root + "/f")
    }
    #expect(throws: FileSetError.cannotCreateFolder(root + "/f/a/b")) {
      try twoFiles().commit(into: root + "/f/a/b")
    }
    #expect(names(root) == ["f"])
  }

  @Test(
    "a folder that cannot be written: refused, nothing created",
    .enabled(if: getuid() != 0, "root may write anywhere"))
  func unwritableFolder() throws {
    let root = scratch()
    chmod(root, 0o500)
    defer { chmod(root, 0o700) }
    #expect(throws: FileSetError.cannotWrite(root)) { try twoFiles().commit(into: root) }
    #expect(throws: FileSetError.cannotCreateFolder(root + "/sub")) {
      try twoFiles().commit(into: root + "/sub")
    }
  }

  @Test("a file that cannot be written after the checks: the other temporaries are removed")
  func writeFailureCleansUp() throws {
    let folder = scratch()
    var set = twoFiles()
    set.add("c.csv", "c")
    // A folder where c.csv's temporary goes makes its open(2) fail after a.csv's and
    // b.svg's temporaries were written (unlink cannot remove a folder).
    let collision = folder + "/.c.csv.partial-\(getpid())"
    try FileManager.default.createDirectory(atPath: collision, withIntermediateDirectories: false)
    #expect(throws: FileSetError.cannotWrite(folder + "/c.csv")) { try set.commit(into: folder) }
    #expect(names(folder) == [".c.csv.partial-\(getpid())"])
  }

  @Test("temporaries of a dead process (SIGKILL) are removed; a live one's are kept")
  func staleTemporaries() throws {
    let folder = scratch()
    let dead = folder + "/.a.csv.partial-2147483646"
    let live = folder + "/.a.csv.partial-1"
    for path in [dead, live] { FileManager.default.createFile(atPath: path, contents: Data()) }
    _ = try twoFiles().commit(into: folder)
    #expect(names(folder) == [".a.csv.partial-1", "a.csv", "b.svg"])
  }

  @Test(
    "a path's parent folder",
    arguments: [("a/b", "a"), ("a", "."), ("/a", "/"), ("a/b/", "a"), ("/", "/")])
  func parents(path: String, parent: String) {
    #expect(FileSet.parent(of: path) == parent)
  }
}
