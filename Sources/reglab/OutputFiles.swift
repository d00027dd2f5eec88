import AtomicOutput
import Foundation

/// The files a command writes with `--out DIR`, kept in memory until every input has been
/// checked and every number computed, then written all or nothing (`FileSet`): every
/// destination checked first, each file through a temporary renamed into place, the
/// temporaries removed if the run is interrupted.
struct OutputFiles: Sendable {
  /// File name and contents, in the order they are written.
  var files: [(name: String, contents: String)] = []

  mutating func add(_ name: String, _ contents: String) {
    files.append((name, contents))
  }

  /// Creates `directory` if needed and writes every file into it, or none.
  ///
  /// - Returns: The paths written.
  /// - Throws: `.cannotWrite` naming the folder or file.
  func write(to directory: String) throws(ReglabError) -> [String] {
    var set = FileSet()
    for (name, contents) in files { set.add(name, contents) }
    do {
      return try set.commit(into: directory)
    } catch {
      switch error {
      case .notAFolder(let path):
        throw .cannotWrite("cannot write into \(path): it is a file, not a folder")
      case .cannotCreateFolder(let path): throw .cannotWrite("cannot create the folder \(path)")
      case .destinationIsFolder(let path):
        throw .cannotWrite("cannot write \(path): a folder has that name; nothing was written")
      case .cannotWrite(let path): throw .cannotWrite("cannot write \(path); nothing was written")
      }
    }
  }
}
