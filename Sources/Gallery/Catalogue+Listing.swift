import LessonKit

extension Catalogue {
  /// The catalogue as `swift run lessons` prints it: one line per lesson with its program
  /// name, title and sources, in aligned columns.
  ///
  ///     lesson-1  L1 makes weights exactly zero  seed 000 §2.1; seed 001 (…); seed 002 (…)
  public static func listing(_ lessons: [LessonInfo] = lessons) -> [String] {
    let programWidth = lessons.map(\.program.count).max() ?? 0
    let titleWidth = lessons.map(\.title.count).max() ?? 0
    return lessons.map { info in
      padded(info.program, programWidth) + "  " + padded(info.title, titleWidth) + "  "
        + info.sources
    }
  }

  private static func padded(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
}
