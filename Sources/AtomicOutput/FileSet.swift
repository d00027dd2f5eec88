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
}
