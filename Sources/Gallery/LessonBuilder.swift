import LessonKit

/// Builds the lesson programs with SwiftPM before the gallery runs them, and finds them.
///
/// One `swift build -c <configuration>` builds every product at once. Only if it fails is
/// each lesson built on its own (`--product lesson-N`), so that one lesson that does not
/// compile is reported while the others still run. The programs are then taken from
/// `swift build --show-bin-path`, the folder that build wrote to, never from an older one.
///
/// Nested SwiftPM calls are safe under `swift run lessons all`: `swift run` releases the
/// build folder's lock before it starts the program (measured with Swift 6.3).
public struct LessonBuilder: Sendable {
  /// Runs `swift` with the given arguments (`ChildProcess` through `/usr/bin/env` by
  /// default; tests pass a stand-in).
  public typealias Swift = @Sendable ([String]) -> ChildProcess.Result

  /// What the build produced.
  public struct Build: Equatable, Sendable {
    /// The folder holding the built programs, if SwiftPM could say.
    public var binPath: String?
    /// The lessons that did not build, by number.
    public var failures: [Int: LessonOutcome]
  }

  /// `debug` or `release`.
  public let configuration: String
  /// Removed from build messages so that paths read relative to the package root.
  public let rootPrefix: String
  public let swift: Swift

  public init(configuration: String, rootPrefix: String = "", swift: @escaping Swift = runSwift) {
    self.configuration = configuration
    self.rootPrefix = rootPrefix
    self.swift = swift
  }

  /// Builds every product, or failing that each lesson's, and locates the programs;
  /// progress and problems go to `report`.
  public func build(_ lessons: [LessonInfo], report: (String) -> Void) -> Build {
    var failures: [Int: LessonOutcome] = [:]
    let all = swift(["build", "-c", configuration])
    if all.termination != .exited(0) {
      report("swift build -c \(configuration) failed; building each lesson on its own.")
      for info in lessons {
        let one = swift(["build", "-c", configuration, "--product", info.program])
        guard one.termination != .exited(0) else { continue }
        failures[info.number] = LessonOutcome(
          stage: .build, termination: one.termination, tail: messages(one))
      }
    }
    let located = swift(["build", "-c", configuration, "--show-bin-path"])
    let binPath = located.standardOutput.split(whereSeparator: \.isNewline).last.map(String.init)
    guard located.termination == .exited(0), let binPath, !binPath.isEmpty else {
      report("swift build --show-bin-path failed: \(messages(located).joined(separator: " "))")
      return Build(binPath: nil, failures: failures)
    }
    return Build(binPath: binPath, failures: failures)
  }

  /// The build's error lines (the compiler writes them to standard output), without
  /// repeats, the source excerpts under them, or the driver's "command failed" echo; or,
  /// if there are none, the end of what it wrote.
  func messages(_ result: ChildProcess.Result) -> [String] {
    let all = ChildProcess.lastLines(
      result.standardError + "\n" + result.standardOutput, count: .max, removing: rootPrefix)
    var seen: Set<String> = []
    let errors = all.filter { line in
      line.contains("error:") && !(line.first?.isWhitespace ?? true)
        && !line.contains("command failed with exit code") && seen.insert(line).inserted
    }
    if !errors.isEmpty { return Array(errors.suffix(12)) }
    if case .notStarted(let reason) = result.termination { return [reason] }
    return Array(all.filter { !$0.isEmpty }.suffix(12))
  }

  /// `swift` found on the `PATH`, run as a child process.
  public static let runSwift: Swift = { arguments in
    ChildProcess("/usr/bin/env", ["swift"] + arguments).run()
  }
}
