import CommandLineOptions
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

  /// The options of `lessons all`.
  public static let allOptions = OptionParser([
    OptionSpec(
      "--output", .text(what: "a folder name"), placeholder: "DIR",
      help: "the gallery folder (default: Output)"),
    OptionSpec("--no-build", .flag, help: "run the lesson programs already built beside this one"),
  ])

  /// Parses the arguments after the program name.
  ///
  /// - Throws: `UsageError` naming an unknown subcommand or option, or a missing value.
  public static func parse(_ arguments: [String]) throws(UsageError) -> GalleryCommand {
    guard let subcommand = arguments.first else { return .list }
    if ["help", "--help", "-h"].contains(subcommand) { return .help }
    let rest = Array(arguments.dropFirst())
    switch subcommand {
    case "list":
      if rest.contains(where: { $0 == "--help" || $0 == "-h" }) { return .help }
      if let extra = rest.first {
        throw UsageError("list takes no options, got \(Quote.value(extra))")
      }
      return .list
    case "all":
      do {
        switch try allOptions.parse(rest) {
        case .help: return .help
        case .run(let options):
          return .all(
            output: options.text("--output") ?? "Output", build: !options.has("--no-build"))
        }
      } catch {
        throw UsageError(error.message)
      }
    default:
      throw UsageError("unknown subcommand \(Quote.value(subcommand))")
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
    \(allOptions.optionLines(help: "show this help and exit"))

    Exit status of 'all': 0 when every lesson ran and every claim held; 1 when a
    lesson failed (the others still run, and each failure is reported with the end
    of its standard error); 64 for a usage error; 70 when swift build cannot say
    where the programs are; 73 when the gallery cannot be written.
    """
}
