import Foundation

/// Runs a lesson program: parses the options, prints the header, runs the story, writes
/// the staged files with the notebook page (`README.md`), and prints the claims block and
/// the files written.
///
/// Exit statuses (`ExitCode`): 0 when every claim held, 1 when one did not, 64 for a
/// usage error (one line, then the usage; nothing written), 70 when the story threw or
/// showed other figures than the catalogue lists (nothing written), 73 when a file could
/// not be written.
public enum LessonRunner {
  /// Runs the lesson with the process's arguments and exits with its status.
  public static func main(_ info: LessonInfo, story: (inout Lesson) throws -> Void) -> Never {
    let status = run(
      info, arguments: Array(CommandLine.arguments.dropFirst()),
      output: { print($0) },
      errors: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
      isTerminal: isatty(STDOUT_FILENO) != 0, environment: ProcessInfo.processInfo.environment,
      story: story)
    exit(status.rawValue)
  }

  /// Runs the lesson with the given arguments, writing the story to `output` and problems
  /// to `errors`; returns the exit status instead of exiting (for tests and tools).
  ///
  /// The terminal text is styled (`TerminalStyle`) only when `isTerminal` is true, the
  /// `environment` has no `NO_COLOR` and the run is not `--quiet`.
  public static func run(
    _ info: LessonInfo, arguments: [String],
    output: @escaping @Sendable (String) -> Void,
    errors: @escaping @Sendable (String) -> Void,
    isTerminal: Bool = false, environment: [String: String] = [:],
    story: (inout Lesson) throws -> Void
  ) -> ExitCode {
    let usage = LessonOptions.usage(program: info.program, defaultSeed: info.defaultSeed)
    let options: LessonOptions
    do {
      switch try LessonOptions.parse(arguments, defaultSeed: info.defaultSeed) {
      case .help:
        output(usage)
        return .success
      case .run(let parsed):
        options = parsed
      }
    } catch {
      errors("\(info.program): \(error.message)")
      errors(usage)
      return .usage
    }

    let style = TerminalStyle.detect(
      isTerminal: isTerminal, environment: environment, isQuiet: options.isQuiet)
    var lesson = Lesson(
      info: info, options: options,
      narrative: Narrative(isQuiet: options.isQuiet, style: style, sink: output))
    lesson.narrative.terminalOnly(style.bold("Lesson \(info.number) · \(info.title)"))
    lesson.narrative.terminalOnly("Sources: \(info.sources)")
    lesson.narrative.terminalOnly(
      "Seed \(options.seed); figures go to \(lesson.output.path)/ as SVG with a CSV of the "
        + "same data, and the story with its figures to \(lesson.output.path)/README.md.")
    do {
      try story(&lesson)
    } catch {
      errors("\(info.program): error: \(error)")
      errors("\(info.program): nothing was written")
      return .software
    }

    if let mismatch = FigureMismatch(shown: lesson.shownFigures, catalogued: info.figures) {
      errors("\(info.program): error: \(mismatch)")
      errors("\(info.program): nothing was written")
      return .software
    }

    var folder = lesson.output
    folder.stage(file: "claims.csv", contents: ClaimReport.csv(lesson.claims))
    folder.stage(file: "README.md", contents: lesson.page)
    let written: [String]
    do {
      written = try folder.commit()
    } catch {
      errors("\(info.program): \(error)")
      return .cannotCreate
    }
    for line in ClaimReport.lines(lesson.claims, style: style) { output(line) }
    output("")
    output("Files written (\(written.count)):")
    for path in written { output("  " + path) }
    return lesson.allClaimsHeld ? .success : .claimFailed
  }
}
