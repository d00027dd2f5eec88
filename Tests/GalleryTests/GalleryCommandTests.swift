import LessonKit
import Testing

@testable import Gallery

@Suite("The lessons command line") struct GalleryCommandTests {
  @Test(
    "parses list, all with its options, and help",
    arguments: [
      ([], GalleryCommand.list),
      (["list"], .list),
      (["all"], .all(output: "Output", build: true)),
      (["all", "--output", "/tmp/g"], .all(output: "/tmp/g", build: true)),
      (["all", "--output=g", "--no-build"], .all(output: "g", build: false)),
      (["--help"], .help), (["help"], .help), (["all", "-h"], .help),
      (["all", "--output", "help"], .all(output: "help", build: true)),
    ])
  func parses(arguments: [String], command: GalleryCommand) throws {
    #expect(try GalleryCommand.parse(arguments) == command)
  }

  @Test(
    "an unknown subcommand or option, or a missing value, is one line naming it",
    arguments: [
      (["run"], "unknown subcommand 'run'"),
      (["--output", "x"], "unknown subcommand '--output'"),
      (["all", "--seed", "3"], "unknown option '--seed'"),
      (["all", "--output"], "--output needs a value"),
      (["all", "--output", "--no-build"], "--output needs a value"),
      (["all", "--output="], "--output needs a folder name, got ''"),
      (["all", "--no-build", "--no-build"], "--no-build is given twice"),
      (["all", "--no-build=yes"], "--no-build takes no value"),
      (["all", "stray"], "unexpected argument 'stray'"),
      (["list", "all"], "list takes no options, got 'all'"),
    ])
  func rejects(arguments: [String], message: String) {
    #expect(throws: UsageError(message)) { try GalleryCommand.parse(arguments) }
  }

  @Test("the usage names every subcommand and option, within 80 columns") func usage() {
    for word in ["lessons [list]", "lessons all", "--output DIR", "--no-build", "--help"] {
      #expect(GalleryCommand.usage.contains(word))
    }
    #expect(GalleryCommand.usage.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }
}
