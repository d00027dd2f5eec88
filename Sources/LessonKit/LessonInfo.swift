/// What the catalogue says about a lesson: its number, folder slug, title, the seed
/// articles it reproduces, a two-sentence summary and the figures it writes.
public struct LessonInfo: Equatable, Sendable {
  public let number: Int
  /// The folder under `Lessons/`, e.g. `01-l1-sparsity`.
  public let slug: String
  public let title: String
  /// The sections of the seed articles it reproduces, e.g. `seed 000 §2.1`.
  public let sources: String
  /// Two sentences: what the lesson shows and how.
  public let summary: String
  /// The base names of the figures, in the order written (`<name>.svg` + `<name>.csv`).
  public let figures: [String]
  /// The seed used when `--seed` is not given.
  public let defaultSeed: UInt64
  /// Other files it writes beside the figures (a data set, say), e.g. `["data.csv"]`.
  public let dataFiles: [String]

  public init(
    number: Int, slug: String, title: String, sources: String, summary: String,
    figures: [String], defaultSeed: UInt64, dataFiles: [String] = []
  ) {
    self.number = number
    self.slug = slug
    self.title = title
    self.sources = sources
    self.summary = summary
    self.figures = figures
    self.defaultSeed = defaultSeed
    self.dataFiles = dataFiles
  }

  /// The executable's name, `lesson-N`, which is also its output folder's name.
  public var program: String { "lesson-\(number)" }
}
