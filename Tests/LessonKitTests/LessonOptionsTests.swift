import Testing

@testable import LessonKit

@Suite("Lesson options") struct LessonOptionsTests {
  @Test("no arguments give the defaults: Output, the lesson's seed, not quiet")
  func defaults() throws {
    #expect(try LessonOptions.parse([], defaultSeed: 9) == .run(LessonOptions(seed: 9)))
  }

  @Test(
    "each option is read in both spellings",
    arguments: [
      (
        ["--output", "out", "--seed", "7", "--quiet"],
        LessonOptions(outputRoot: "out", seed: 7, isQuiet: true)
      ),
      (
        ["--output=out", "--seed=7", "-q"], LessonOptions(outputRoot: "out", seed: 7, isQuiet: true)
      ),
      (["--seed", "18446744073709551615"], LessonOptions(seed: UInt64.max)),
    ])
  func parsesOptions(arguments: [String], expected: LessonOptions) throws {
    #expect(try LessonOptions.parse(arguments, defaultSeed: 1) == .run(expected))
  }

  @Test("--help wins wherever it stands") func help() throws {
    #expect(try LessonOptions.parse(["--seed", "3", "--help"], defaultSeed: 1) == .help)
    #expect(try LessonOptions.parse(["-h"], defaultSeed: 1) == .help)
  }

  @Test(
    "a bad option or value is one line that names it",
    arguments: [
      (["--sed", "3"], "unknown option '--sed'"),
      (
        ["--seed", "abc"], "--seed must be a whole number from 0 to 18446744073709551615, got 'abc'"
      ),
      (["--seed", "-1"], "--seed must be a whole number from 0 to 18446744073709551615, got '-1'"),
      (["--seed"], "--seed needs a value"),
      (["--output"], "--output needs a value"),
      // A value never starts with "--": that is a forgotten value, as in every command.
      (["--output", "--quiet"], "--output needs a value"),
      (["--seed", "--help"], "--seed needs a value"),
      (["--seed", "1", "--seed", "2"], "--seed is given twice"),
      (["--quiet", "-q"], "--quiet is given twice"),
      (
        ["--seed", "1e3"], "--seed must be a whole number from 0 to 18446744073709551615, got '1e3'"
      ),
      (["--output="], "--output needs a folder name, got ''"),
      (["--quiet=yes"], "--quiet takes no value"),
      (["extra"], "unexpected argument 'extra'"),
      (["--colour"], "unknown option '--colour'"),
    ])
  func rejects(arguments: [String], message: String) {
    #expect(throws: UsageError(message)) { try LessonOptions.parse(arguments, defaultSeed: 1) }
  }

  @Test("the usage is generated from the declarations, as before")
  func usageText() {
    #expect(
      LessonOptions.usage(program: "lesson-4", defaultSeed: 12) == """
        usage: lesson-4 [--output DIR] [--seed N] [--quiet] [--help]
          --output DIR  write the figures to DIR/lesson-4/ (default: Output)
          --seed N      seed for every random draw (default: 12)
          --quiet       print only the claims and the files written
          --help        show this help and exit
        """)
  }

  @Test("the usage lists every option and the default seed") func usage() {
    let text = LessonOptions.usage(program: "lesson-4", defaultSeed: 12)
    for word in ["--output DIR", "--seed N", "--quiet", "--help", "default: 12", "lesson-4"] {
      #expect(text.contains(word))
    }
  }
}
