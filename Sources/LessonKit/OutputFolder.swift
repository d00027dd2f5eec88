import Figures
import Foundation

/// A lesson's output folder, `<root>/lesson-N/`, with all-or-nothing writes.
///
/// Files are staged in memory while the story runs and written only by `commit()`, each
/// through a temporary file renamed into place. A story that throws halfway therefore
/// leaves the folder as it was, and a reader never sees half a file.
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

  /// Creates the folder if needed and writes every staged file atomically.
  ///
  /// - Returns: The paths written, in staging order.
  /// - Throws: `OutputError` naming the folder or file that could not be written.
  public func commit() throws(OutputError) -> [String] {
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw OutputError(path: path, reason: "cannot create the folder")
    }
    var written: [String] = []
    for (name, contents) in staged {
      let filePath = path + "/" + name
      do {
        try Data(contents.utf8).write(to: URL(fileURLWithPath: filePath), options: .atomic)
      } catch {
        throw OutputError(path: filePath, reason: "cannot write the file")
      }
      written.append(filePath)
    }
    return written
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
  public var description: String { "\(reason): \(path)" }
}
