import AtomicOutput
import CommandLineOptions
import Figures
import Foundation

/// A lesson's output folder, `<root>/lesson-N/`, with all-or-nothing writes.
///
/// Files are staged in memory while the story runs and written only by `commit()`, all or
/// nothing (`FileSet`): every destination checked first, each file through a temporary
/// renamed into place, temporaries removed if the run is interrupted. A story that throws
/// halfway, or a file that cannot be written, leaves the folder as it was.
public struct OutputFolder: Sendable {
  /// The folder's path, `<root>/lesson-N`.
  public let path: String
  /// The staged files, in the order staged: file name and contents.
  public private(set) var staged: [(name: String, contents: String)] = []

  public init(root: String, program: String) {
    self.path = root.hasSuffix("/") ? root + program : root + "/" + program
  }

  /// Stages `<name>.svg` and `<name>.csv` for `figure`.
  ///
  /// `name` is a lowercase slug (`a-z`, `0-9`, `-`); staging the same name twice is a bug.
  public mutating func stage(_ figure: some Figure, as name: String) {
    stage(file: name + ".svg", contents: figure.svg())
    stage(file: name + ".csv", contents: figure.csv())
  }

  /// Stages one file with the given name and contents.
  public mutating func stage(file name: String, contents: String) {
    precondition(Self.isValidFileName(name), "bad output file name '\(name)'")
    precondition(!staged.contains { $0.name == name }, "'\(name)' is staged twice")
    staged.append((name, contents))
  }

  /// Creates the folder if needed and writes every staged file, or none.
  ///
  /// - Returns: The paths written, in staging order.
  /// - Throws: `OutputError` naming the folder or file that could not be written.
  public func commit() throws(OutputError) -> [String] {
    var set = FileSet()
    for (name, contents) in staged { set.add(name, contents) }
    do {
      return try set.commit(into: path)
    } catch {
      switch error {
      case .notAFolder, .cannotCreateFolder:
        throw OutputError(path: path, reason: "cannot create the folder")
      case .destinationIsFolder(let file):
        throw OutputError(path: file, reason: "a folder has this file's name; nothing was written")
      case .cannotWrite(let file):
        throw OutputError(path: file, reason: "cannot write the file; nothing was written")
      }
    }
  }

  static func isValidFileName(_ name: String) -> Bool {
    let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-.")
    if name == "README.md" { return true }  // the notebook page, as code hosts show it
    return !name.isEmpty && !name.hasPrefix(".") && name.allSatisfy(allowed.contains)
  }
}

/// A file or folder that could not be written.
public struct OutputError: Error, Equatable, Sendable, CustomStringConvertible {
  public let path: String
  public let reason: String
  public var description: String { "\(reason): \(Quote.escaped(path))" }
}
