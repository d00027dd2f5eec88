import Foundation

/// The file-system steps of `FileSet.commit(into:)`.
extension FileSet {
  /// Checks that `folder` is, or can be created as, a writable folder.
  ///
  /// - Returns: The folders that do not exist yet, deepest first.
  static func checkFolder(_ folder: String) throws(FileSetError) -> [String] {
    var missing: [String] = []
    var path = folder.isEmpty ? "." : folder
    while true {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
        guard isDirectory.boolValue else {
          throw missing.isEmpty ? .notAFolder(path) : .cannotCreateFolder(folder)
        }
        guard access(path, W_OK | X_OK) == 0 else {
          throw missing.isEmpty ? .cannotWrite(folder) : .cannotCreateFolder(folder)
        }
        return missing
      }
      missing.append(path)
      path = parent(of: path)
    }
  }

  /// The folder holding `path`: `a/b` → `a`, `a` → `.`, `/a` → `/`.
  static func parent(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    if slash == trimmed.startIndex { return "/" }
    return String(trimmed[..<slash])
  }

  /// Writes `data` to a new file at `path` (which must not exist).
  static func write(_ data: Data, to path: String) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return data.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return true }
      var offset = 0
      while offset < buffer.count {
        let count = Foundation.write(descriptor, base + offset, buffer.count - offset)
        if count <= 0 { return false }
        offset += count
      }
      return true
    }
  }

  static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// Deletes `.<name>.partial-<pid>` files whose process is gone (or is this one).
  static func removeStaleTemporaries(in folder: String) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for name in names where name.hasPrefix(".") {
      guard let range = name.range(of: ".partial-", options: .backwards),
        let pid = Int32(name[range.upperBound...])
      else { continue }
      if pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH) {
        unlink(Self.join(folder, name))
      }
    }
  }

  /// Removes folders this commit created (deepest first), if still empty.
  static func remove(_ folders: [String]) {
    for folder in folders { rmdir(folder) }
  }
}
