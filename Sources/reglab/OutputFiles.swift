import Foundation

/// The files a command writes with `--out DIR`, kept in memory until every input has been
/// checked and every number computed, then written each through a temporary file that is
/// renamed into place (`Data.write(options: .atomic)`), so no reader sees half a file.
struct OutputFiles: Sendable {
  /// File name and contents, in the order they are written.
  var files: [(name: String, contents: String)] = []

  mutating func add(_ name: String, _ contents: String) {
    files.append((name, contents))
  }

  /// Creates `directory` if needed and writes every file into it.
  ///
  /// - Returns: The paths written.
  /// - Throws: `.cannotWrite` naming the folder or file.
  func write(to directory: String) throws(ReglabError) -> [String] {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      throw .cannotWrite("cannot write into \(directory): it is a file, not a folder")
    }
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite("cannot create the folder \(directory)")
    }
    var written: [String] = []
    for (name, contents) in files {
      let path = (directory as NSString).appendingPathComponent(name)
      do {
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
      } catch {
        throw .cannotWrite("cannot write \(path)")
      }
      written.append(path)
    }
    return written
  }
}
