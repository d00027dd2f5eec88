import Foundation

/// Runs a lesson program: parses the options, prints the header, runs the story, writes
/// the staged files, and prints the claims block and the files written.
///
/// Exit statuses (`ExitCode`): 0 when every claim held, 1 when one did not, 64 for a
/// usage error (one line, then the usage; nothing written), 70 when the story threw
/// (nothing written), 73 when a file could not be written.
public enum LessonRunner {
  /// Runs the lesson with the process's arguments and exits with its status.
  public static func main(_ info: LessonInfo, story: (inout Lesson) throws -> Void) -> Never {
    let status = run(
      info, arguments: Array(CommandLine.arguments.dropFirst()),
      output: { print($0) },
      errors: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
      story: story)
    exit(status.rawValue)
  }

  /// Runs the lesson with the given arguments, writing the story to `output` and problems
  /// to `errors`; returns the exit status instead of exiting (for tests and tools).
  public static func run(
    _ info: LessonInfo, arguments: [String],
    output: @escaping @Sendable (String) -> Void,
    errors: @escaping @Sendable (String) -> Void,
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

    var lesson = Lesson(
      info: info, options: options, narrative: Narrative(isQuiet: options.isQuiet, sink: output))
    lesson.narrative.paragraph("Lesson \(info.number) · \(info.title)")
    lesson.narrative.paragraph("Sources: \(info.sources)")
    lesson.narrative.paragraph(
      "Seed \(options.seed); figures go to \(lesson.output.path)/ as SVG with a CSV of the same data."
    )
    do {
      try story(&lesson)
    } catch {
      errors("\(info.program): error: \(error)")
      errors("\(info.program): nothing was written")
      return .software
    }

    var folder = lesson.output
    folder.stage(file: "claims.csv", contents: ClaimReport.csv(lesson.claims))
    let written: [String]
    do {
      written = try folder.commit()
    } catch {
      errors("\(info.program): \(error)")
      return .cannotCreate
    }
    for line in ClaimReport.lines(lesson.claims) { output(line) }
    output("")
    output("Files written (\(written.count)):")
    for path in written { output("  " + path) }
    return lesson.allClaimsHeld ? .success : .claimFailed
  }
}
