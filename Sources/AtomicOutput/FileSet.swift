import Foundation

/// Files written all or nothing: after `commit(into:)` either every file has its new
/// contents or none has changed (and no folder was left behind).
///
/// 1. Every destination is checked first: the folder (or its nearest existing parent) is
///    a writable folder, and no file's name is taken by a folder.
/// 2. Each file is written to a hidden temporary `.<name>.partial-<pid>` in the same
///    folder; SIGINT, SIGTERM and SIGHUP meanwhile delete the temporaries (and the
///    folders made for them) before the process dies (`Interruption`).
/// 3. With those signals held back, every temporary is renamed over its destination
///    (`rename(2)` is atomic), so a signal cannot split the set; it is delivered after.
///
/// Temporaries left by a run killed with SIGKILL (which no handler sees) are removed by
/// the next commit into the same folder, when their process is gone.
public struct FileSet: Sendable {
  /// File names (no `/`) and contents, in the order given.
  public private(set) var files: [(name: String, contents: Data)] = []

  public init() {}

  public mutating func add(_ name: String, _ contents: String) {
    files.append((name, Data(contents.utf8)))
  }

  /// The environment variable that makes `commit` pause this many seconds after writing
  /// the temporaries, so that a test can interrupt a run at that moment.
  public static let pauseVariable = "ATOMIC_OUTPUT_TEST_PAUSE"

  /// Writes every file into `folder` (created with its parents if needed).
  ///
  /// - Returns: The paths written, in the order added.
  /// - Throws: `FileSetError` naming the folder or file; nothing was changed.
  public func commit(into folder: String) throws(FileSetError) -> [String] {
    let missing = try Self.checkFolder(folder)
    let destinations = files.map { Self.join(folder, $0.name) }
    for path in destinations {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        throw .destinationIsFolder(path)
      }
    }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .cannotCreateFolder(folder)
    }
    Self.removeStaleTemporaries(in: folder)
    let temporaries = files.map {
      Self.join(folder, ".\($0.name).partial-\(getpid())")
    }
    let interruption = Interruption(removing: temporaries, folders: missing)
    defer { interruption.end() }
    for (index, file) in files.enumerated() {
      guard Self.write(file.contents, to: temporaries[index]) else {
        for path in temporaries { unlink(path) }
        Self.remove(missing)
        throw .cannotWrite(destinations[index])
      }
    }
    if let text = ProcessInfo.processInfo.environment[Self.pauseVariable],
      let seconds = Double(text)
    {
      Thread.sleep(forTimeInterval: seconds)
    }
    interruption.holdSignals()
    for index in files.indices where rename(temporaries[index], destinations[index]) != 0 {
      // Only a change made by someone else since the checks gets here.
      for path in temporaries { unlink(path) }
      throw .cannotWrite(destinations[index])
    }
    return destinations
  }

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
