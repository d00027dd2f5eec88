// `swift run lessons`: the catalogue, and `swift run lessons all`: every lesson run as its
// own program into Output/, with the gallery page Output/README.md.
//
// The machinery lives in the Gallery library: GalleryCommand (the command line), LessonBuilder
// (swift build), GalleryRunner (the runs, the staging folder, the page) and GalleryReadme.
import Foundation
import Gallery
import LessonKit

let command: GalleryCommand
do {
  command = try GalleryCommand.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
  complain("lessons: \(error.message)")
  complain(GalleryCommand.usage)
  exit(ExitCode.usage.rawValue)
}

switch command {
case .help:
  say(GalleryCommand.usage)
case .list:
  for line in Catalogue.listing() { say(line) }
  say("")
  say(
    "Run one with `swift run lesson-N`; run them all into the gallery with `swift run lessons all`."
  )
case .all(let output, let build):
  exit(runAll(output: output, build: build).rawValue)
}

/// Builds the lessons (unless told not to), runs each, and writes the gallery.
func runAll(output: String, build: Bool) -> ExitCode {
  let root = FileManager.default.currentDirectoryPath + "/"
  let here = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
    .resolvingSymlinksInPath().deletingLastPathComponent()
  var binPath = here.path
  var failures: [Int: LessonOutcome] = [:]
  if build {
    let configuration = here.lastPathComponent == "release" ? "release" : "debug"
    say("Building the lessons: swift build -c \(configuration)")
    let clock = ContinuousClock()
    let start = clock.now
    let builder = LessonBuilder(configuration: configuration, rootPrefix: root)
    let result = builder.build(Catalogue.lessons, report: complain)
    guard let built = result.binPath else {
      complain("lessons: the built programs cannot be found; nothing was run or written")
      return .software
    }
    binPath = built
    failures = result.failures
    let seconds = (clock.now - start) / .seconds(1)
    say("Built in \(NumberFormat.fixed(seconds, 1)) s; running each lesson from \(binPath)/")
  }
  var runner = GalleryRunner(
    output: output, lessons: Catalogue.lessons, launch: GalleryRunner.programs(in: binPath),
    report: say, reportError: complain)
  runner.buildFailures = failures
  runner.rootPrefix = root
  return runner.run()
}

/// Writes a line to standard output unbuffered, so that progress and errors keep their
/// order when both are piped to one log.
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

/// Writes a line to standard error.
func complain(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
