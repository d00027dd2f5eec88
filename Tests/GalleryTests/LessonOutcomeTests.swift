import LessonKit
import Testing

@testable import Gallery

@Suite("Lesson outcomes") struct LessonOutcomeTests {
  @Test("only a run that exited 0 with exactly the catalogue's files is a success")
  func success() {
    #expect(LessonOutcome.succeeded.isSuccess)
    #expect(!LessonOutcome(stage: .run, termination: .exited(1)).isSuccess)
    #expect(!LessonOutcome(stage: .run, termination: .exited(0), missingFiles: ["a.svg"]).isSuccess)
    #expect(!LessonOutcome(stage: .run, termination: .exited(0), unexpectedFiles: ["b"]).isSuccess)
    #expect(!LessonOutcome(stage: .build, termination: .exited(0)).isSuccess)
  }

  @Test(
    "files were written after exit 0 or 1 only: every other ending wrote nothing",
    arguments: [
      (LessonOutcome.Stage.run, LessonOutcome.Termination.exited(0), true),
      (.run, .exited(1), true),
      (.run, .exited(70), false),
      (.run, .exited(73), false),
      (.run, .signalled(4), false),
      (.launch, .notStarted("no such file"), false),
      (.build, .exited(1), false),
      (.publish, .exited(0), false),
    ])
  func wroteFiles(stage: LessonOutcome.Stage, termination: LessonOutcome.Termination, wrote: Bool) {
    #expect(LessonOutcome(stage: stage, termination: termination).wroteFiles == wrote)
  }

  @Test(
    "the explanation says what the exit status means",
    arguments: [
      (
        LessonOutcome.Stage.run, LessonOutcome.Termination.exited(1),
        "exited with status 1: a claim did not hold"
      ),
      (.run, .exited(70), "exited with status 70: the story threw an error; nothing was written"),
      (
        .run, .exited(64),
        "exited with status 64: it rejected its command line; nothing was written"
      ),
      (.run, .exited(73), "exited with status 73: an output file could not be written"),
      (.run, .exited(3), "exited with status 3"),
      (
        .run, .signalled(4),
        "was killed by signal 4 (a crash or a failed precondition); nothing was written"
      ),
      (.build, .exited(1), "did not build (swift build exited with status 1)"),
      (.launch, .notStarted("no such file"), "could not be started: no such file"),
      (
        .publish, .exited(0),
        "ran (exit status 0), but its files could not be moved into the gallery"
      ),
    ])
  func explanation(
    stage: LessonOutcome.Stage, termination: LessonOutcome.Termination, text: String
  ) {
    #expect(LessonOutcome(stage: stage, termination: termination).explanation == text)
  }

  @Test("missing and unexpected files are named") func files() {
    let outcome = LessonOutcome(
      stage: .run, termination: .exited(0), missingFiles: ["a.svg", "a.csv"],
      unexpectedFiles: ["old.svg"])
    #expect(
      outcome.explanation
        == "exited with status 0: every claim held; it did not write a.svg, a.csv; "
        + "it wrote files the catalogue does not list: old.svg")
  }

  @Test("the status is short: exit status, signal or not started") func status() {
    #expect(LessonOutcome(stage: .run, termination: .exited(70)).status == "exit status 70")
    #expect(LessonOutcome(stage: .run, termination: .signalled(11)).status == "signal 11")
    #expect(LessonOutcome(stage: .launch, termination: .notStarted("x")).status == "not started")
  }
}
