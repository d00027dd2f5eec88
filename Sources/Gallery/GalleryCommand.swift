import LessonKit

/// The command line of `swift run lessons`.
///
///     lessons [list]
///     lessons all [--output DIR] [--no-build]
///     lessons --help
public enum GalleryCommand: Equatable, Sendable {
  /// Print the catalogue, one line per lesson.
  case list
  /// Build and run every lesson into `output`, then write `output/README.md`; with
  /// `build == false`, run the programs already built beside `lessons`.
  case all(output: String, build: Bool)
  /// Print the usage.
  case help

  /// Parses the arguments after the program name.
  ///
  /// - Throws: `UsageError` naming an unknown subcommand or option, or a missing value.
  public static func parse(_ arguments: [String]) throws(UsageError) -> GalleryCommand {
    if arguments.first == "help" || arguments.contains(where: { $0 == "--help" || $0 == "-h" }) {
      return .help
    }
    guard let subcommand = arguments.first else { return .list }
    var rest = arguments.dropFirst()
    switch subcommand {
    case "list":
      if let extra = rest.first { throw UsageError("list takes no options, got '\(extra)'") }
      return .list
    case "all":
      var output = "Output"
      var build = true
      while let argument = rest.popFirst() {
        if argument == "--no-build" {
          build = false
        } else if argument == "--output" {
          guard let folder = rest.popFirst(), !folder.isEmpty, !folder.hasPrefix("-") else {
            throw UsageError("--output needs a folder name")
          }
          output = folder
        } else if argument.hasPrefix("--output=") {
          output = String(argument.dropFirst("--output=".count))
          guard !output.isEmpty else { throw UsageError("--output needs a folder name") }
        } else {
          throw UsageError("unknown option '\(argument)'")
        }
      }
      return .all(output: output, build: build)
    default:
      throw UsageError("unknown subcommand '\(subcommand)'")
    }
  }

  /// The help text.
  public static let usage = """
    usage: lessons [list]
           lessons all [--output DIR] [--no-build]
           lessons --help

      list          print the catalogue: number, title and sources of each lesson
                    (the default)
      all           build every lesson, run each as its own program into
                    DIR/lesson-N/, and write the gallery DIR/README.md: titles,
                    sources, summaries, claims with their measured values, and
                    every figure with its caption
      --output DIR  the gallery folder (default: Output)
      --no-build    run the lesson programs already built beside this one
      --help        show this help and exit

    Exit status of 'all': 0 when every lesson ran and every claim held; 1 when a
    lesson failed (the others still run, and each failure is reported with the end
    of its standard error); 64 for a usage error; 70 when swift build cannot say
    where the programs are; 73 when the gallery cannot be written.
    """
}
