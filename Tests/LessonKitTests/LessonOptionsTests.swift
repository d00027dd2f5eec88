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
      (["--output", "--quiet"], "--output needs a folder name, got '--quiet'"),
      (["--output="], "--output needs a folder name, got ''"),
      (["--quiet=yes"], "--quiet takes no value"),
      (["extra"], "unknown option 'extra'"),
    ])
  func rejects(arguments: [String], message: String) {
    #expect(throws: UsageError(message)) { try LessonOptions.parse(arguments, defaultSeed: 1) }
  }

  @Test("the usage lists every option and the default seed") func usage() {
    let text = LessonOptions.usage(program: "lesson-4", defaultSeed: 12)
    for word in ["--output DIR", "--seed N", "--quiet", "--help", "default: 12", "lesson-4"] {
      #expect(text.contains(word))
    }
  }
}
