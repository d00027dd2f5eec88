import Foundation
import LessonKit

/// Runs every lesson as its own program into a gallery folder and writes the gallery page,
/// `README.md`, beside their folders.
///
/// Each lesson writes into a staging folder, `<output>/.staging/`. When it has written its
/// files (exit status 0, or 1 with the evidence of a failed claim), its folder replaces
/// `<output>/lesson-N/` whole, so files of an older run never linger beside new ones.
/// When it fails any other way it wrote nothing, and its old folder is removed too: the
/// gallery shows what this run produced, and a failed lesson never half-exists. A lesson
/// that fails is reported and the others still run.
public struct GalleryRunner {
  /// Runs one lesson program with `--output <staging root>`; tests pass a stand-in.
  public typealias Launch = (LessonInfo, _ stagingRoot: String) -> ChildProcess.Result

  /// The gallery folder.
  public var output: String
  public var lessons: [LessonInfo]
  /// Lessons that could not be built, by number: they are reported, not run.
  public var buildFailures: [Int: LessonOutcome] = [:]
  /// Removed from standard error so that paths read relative to the package root.
  public var rootPrefix: String = ""
  public var launch: Launch
  /// Progress, one line per lesson.
  public var report: (String) -> Void
  /// Problems: what failed and the end of its standard error.
  public var reportError: (String) -> Void

  public init(
    output: String, lessons: [LessonInfo], launch: @escaping Launch,
    report: @escaping (String) -> Void, reportError: @escaping (String) -> Void
  ) {
    self.output = output
    self.lessons = lessons
    self.launch = launch
    self.report = report
    self.reportError = reportError
  }

  /// The lesson programs in `binPath`, run with their default seed and `--quiet`.
  public static func programs(in binPath: String) -> Launch {
    { info, stagingRoot in
      ChildProcess(binPath + "/" + info.program, ["--output", stagingRoot, "--quiet"]).run()
    }
  }

  /// The staging folder's name inside the gallery folder.
  public static let stagingName = ".staging"

  /// Runs every lesson, then writes `<output>/README.md`.
  ///
  /// - Returns: `.success` when every lesson succeeded, `.claimFailed` (1) when any
  ///   failed, `.cannotCreate` (73) when the gallery folder or page cannot be written.
  public func run() -> ExitCode {
    let files = FileManager.default
    let staging = output + "/" + Self.stagingName
    do {
      try files.createDirectory(atPath: output, withIntermediateDirectories: true)
      if files.fileExists(atPath: staging) { try files.removeItem(atPath: staging) }
      try files.createDirectory(atPath: staging, withIntermediateDirectories: false)
    } catch {
      reportError("lessons: cannot create the folder \(staging)")
      return .cannotCreate
    }
    defer { try? files.removeItem(atPath: staging) }

    var entries: [GalleryEntry] = []
    for info in lessons {
      let clock = ContinuousClock()
      let start = clock.now
      let outcome = buildFailures[info.number] ?? runOne(info, staging: staging)
      let entry = GalleryEntry.read(info: info, outcome: outcome, root: output)
      entries.append(entry)
      describe(entry, seconds: (clock.now - start) / .seconds(1))
    }

    let page = output + "/README.md"
    do {
      try Data(GalleryReadme.markdown(entries).utf8).write(
        to: URL(fileURLWithPath: page), options: .atomic)
    } catch {
      reportError("lessons: cannot write the file \(page)")
      return .cannotCreate
    }
    report("")
    report("Wrote \(page): \(GalleryReadme.tally(entries))")
    return entries.allSatisfy(\.isSuccess) ? .success : .claimFailed
  }

  /// Runs one lesson into the staging folder and moves what it wrote into the gallery.
  func runOne(_ info: LessonInfo, staging: String) -> LessonOutcome {
    let files = FileManager.default
    let staged = staging + "/" + info.program
    let final = output + "/" + info.program
    let result = launch(info, staging)
    var outcome = LessonOutcome(
      stage: .run, termination: result.termination,
      tail: ChildProcess.lastLines(result.standardError, count: 12, removing: rootPrefix))
    if case .notStarted = result.termination { outcome.stage = .launch }
    do {
      if files.fileExists(atPath: final) { try files.removeItem(atPath: final) }
      guard outcome.wroteFiles else { return outcome }
      let written = Set((try? files.contentsOfDirectory(atPath: staged)) ?? [])
      let expected = GalleryEntry.expectedFiles(of: info)
      outcome.missingFiles = expected.filter { !written.contains($0) }
      outcome.unexpectedFiles = written.subtracting(expected).sorted()
      if files.fileExists(atPath: staged) { try files.moveItem(atPath: staged, toPath: final) }
    } catch {
      outcome.stage = .publish
      outcome.tail = ["\(error.localizedDescription)"]
    }
    return outcome
  }

  /// One line per lesson on the progress stream; a failure and its tail on the error one.
  func describe(_ entry: GalleryEntry, seconds: Double) {
    let time = NumberFormat.fixed(seconds, 1) + " s"
    let name = entry.info.program
    guard !entry.isSuccess else {
      let claims = (try? entry.claims.get()) ?? []
      report(
        "\(name)  ok: all \(claims.count) claims held, \(entry.figures.count) figures  (\(time))")
      return
    }
    report("\(name)  FAILED  (\(time))")
    reportError("\(name) \(entry.outcome.explanation)")
    if case .success(let claims) = entry.claims {
      for claim in claims where !claim.holds {
        reportError("  claim (\(claim.label)) did not hold: \(claim.measured)")
      }
    }
    if case .failure(let problem) = entry.claims { reportError("  \(problem.message)") }
    for figure in entry.figures {
      if case .failure(let problem) = figure.caption { reportError("  \(problem.message)") }
    }
    for line in entry.outcome.tail { reportError("  │ " + line) }
  }
}
