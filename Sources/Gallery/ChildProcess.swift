import Foundation

/// A program run as a separate process, the way a notebook runner runs a notebook: its
/// standard output and error are collected in temporary files (so a chatty program can
/// never block on a full pipe), its standard input is empty, and its ending is reported.
public struct ChildProcess: Sendable {
  /// What the process did.
  public struct Result: Equatable, Sendable {
    public let termination: LessonOutcome.Termination
    public let standardOutput: String
    public let standardError: String

    public init(
      termination: LessonOutcome.Termination, standardOutput: String = "",
      standardError: String = ""
    ) {
      self.termination = termination
      self.standardOutput = standardOutput
      self.standardError = standardError
    }
  }

  /// The program's path.
  public let executable: String
  public let arguments: [String]

  public init(_ executable: String, _ arguments: [String]) {
    self.executable = executable
    self.arguments = arguments
  }

  /// Runs the program to its end in the current directory and environment.
  public func run() -> Result {
    let folder = FileManager.default.temporaryDirectory
    let token = UUID().uuidString
    let outURL = folder.appendingPathComponent("lessons-\(token).out")
    let errURL = folder.appendingPathComponent("lessons-\(token).err")
    defer {
      try? FileManager.default.removeItem(at: outURL)
      try? FileManager.default.removeItem(at: errURL)
    }
    guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
      FileManager.default.createFile(atPath: errURL.path, contents: nil),
      let out = try? FileHandle(forWritingTo: outURL),
      let err = try? FileHandle(forWritingTo: errURL)
    else {
      return Result(termination: .notStarted("cannot create temporary files in \(folder.path)"))
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    do {
      try process.run()
    } catch {
      try? out.close()
      try? err.close()
      return Result(termination: .notStarted("\(executable): \(error.localizedDescription)"))
    }
    process.waitUntilExit()
    try? out.close()
    try? err.close()
    let termination: LessonOutcome.Termination =
      process.terminationReason == .exit
      ? .exited(process.terminationStatus) : .signalled(process.terminationStatus)
    return Result(
      termination: termination, standardOutput: Self.text(at: outURL),
      standardError: Self.text(at: errURL))
  }

  /// The last `count` lines of `text`, after trailing blank lines are dropped, with
  /// `prefix` (e.g. the package root and a slash) removed wherever it occurs so that paths
  /// read relative to it.
  public static func lastLines(_ text: String, count: Int, removing prefix: String = "")
    -> [String]
  {
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .map(String.init)
    while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
    let tail = lines.suffix(count)
    return prefix.isEmpty ? Array(tail) : tail.map { $0.replacingOccurrences(of: prefix, with: "") }
  }

  private static func text(at url: URL) -> String {
    guard let data = try? Data(contentsOf: url) else { return "" }
    return String(decoding: data, as: UTF8.self)
  }
}
