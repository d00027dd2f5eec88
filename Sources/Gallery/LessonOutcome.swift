import LessonKit

/// How one lesson fared when the gallery built and ran it: the stage it reached, how its
/// process ended, the end of what it said on standard error, and whether the files it
/// wrote are the ones the catalogue lists.
public struct LessonOutcome: Equatable, Sendable {
  /// How far the lesson got.
  public enum Stage: Equatable, Sendable {
    /// `swift build --product lesson-N` failed.
    case build
    /// The program was built but could not be started.
    case launch
    /// The program ran.
    case run
    /// The program ran and wrote its files, but they could not be moved into the gallery.
    case publish
  }

  /// How a process ended.
  public enum Termination: Equatable, Sendable {
    case exited(Int32)
    case signalled(Int32)
    /// It never started; the reason.
    case notStarted(String)
  }

  public var stage: Stage
  public var termination: Termination
  /// The last lines of the lesson's standard error (or of the build's output).
  public var tail: [String]
  /// Files the catalogue lists that the lesson did not write.
  public var missingFiles: [String]
  /// Files the lesson wrote that the catalogue does not list.
  public var unexpectedFiles: [String]

  public init(
    stage: Stage, termination: Termination, tail: [String] = [], missingFiles: [String] = [],
    unexpectedFiles: [String] = []
  ) {
    self.stage = stage
    self.termination = termination
    self.tail = tail
    self.missingFiles = missingFiles
    self.unexpectedFiles = unexpectedFiles
  }

  /// A lesson that ran, exited 0 and wrote exactly its files.
  public static let succeeded = LessonOutcome(stage: .run, termination: .exited(0))

  /// Whether the lesson ran, every claim held and it wrote exactly the catalogue's files.
  public var isSuccess: Bool {
    stage == .run && termination == .exited(0) && missingFiles.isEmpty && unexpectedFiles.isEmpty
  }

  /// Whether the lesson wrote its files: it exited 0, or 1 with the evidence of the claim
  /// that failed. Any other ending writes nothing (lessons commit their files last).
  public var wroteFiles: Bool {
    stage == .run && (termination == .exited(0) || termination == .exited(1))
  }

  /// The process's ending in a few words: `exit status 70`, `signal 4`, `not started`.
  public var status: String {
    switch termination {
    case .exited(let code): "exit status \(code)"
    case .signalled(let signal): "signal \(signal)"
    case .notStarted: "not started"
    }
  }

  /// One sentence for a learner: what happened, after the lesson's program name.
  public var explanation: String {
    var text: String
    switch (stage, termination) {
    case (.build, .exited(let code)):
      text = "did not build (swift build exited with status \(code))"
    case (.build, .signalled(let signal)):
      text = "did not build (swift build was killed by signal \(signal))"
    case (.publish, _):
      text = "ran (\(status)), but its files could not be moved into the gallery"
    case (_, .notStarted(let reason)):
      text = stage == .build ? "was not built: \(reason)" : "could not be started: \(reason)"
    case (_, .exited(let code)):
      text = "exited with status \(code)"
      if let meaning = ExitCode(rawValue: code)?.meaning { text += ": " + meaning }
    case (_, .signalled(let signal)):
      text =
        "was killed by signal \(signal) (a crash or a failed precondition); nothing was written"
    }
    if !missingFiles.isEmpty {
      text += "; it did not write " + missingFiles.joined(separator: ", ")
    }
    if !unexpectedFiles.isEmpty {
      text +=
        "; it wrote files the catalogue does not list: "
        + unexpectedFiles.joined(separator: ", ")
    }
    return text
  }
}

extension ExitCode {
  /// What a lesson's exit status means, in a few words.
  fileprivate var meaning: String {
    switch self {
    case .success: "every claim held"
    case .claimFailed: "a claim did not hold"
    case .usage: "it rejected its command line; nothing was written"
    case .dataError: "its input data were bad; nothing was written"
    case .software: "the story threw an error; nothing was written"
    case .cannotCreate: "an output file could not be written"
    }
  }
}
