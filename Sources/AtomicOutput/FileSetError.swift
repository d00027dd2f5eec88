/// Why a `FileSet` was not written; nothing was changed.
public enum FileSetError: Error, Equatable, Sendable {
  /// The output folder's path is a file.
  case notAFolder(String)
  /// A missing folder cannot be created (a parent is a file or not writable).
  case cannotCreateFolder(String)
  /// A file's destination is a folder.
  case destinationIsFolder(String)
  /// A file cannot be written (the folder is not writable, the disk is full …).
  case cannotWrite(String)

  /// The path the problem is at.
  public var path: String {
    switch self {
    case .notAFolder(let path), .cannotCreateFolder(let path), .destinationIsFolder(let path),
      .cannotWrite(let path):
      path
    }
  }
}
