/// One step of a lesson's story, recorded once by `Narrative` and rendered twice: to the
/// terminal as the lesson runs, and to its notebook page (`NotebookPage`).
public enum StoryBlock: Equatable, Sendable {
  /// A numbered section heading, where the story's code for it begins, and the lesson's
  /// own files it calls.
  case section(number: Int, title: String, source: SourceLocation, files: [String])
  /// A paragraph of text; explicit line breaks are kept.
  case paragraph(String)
  /// A formula or code, in plain Unicode, on lines of its own.
  case formula(String)
  /// A table: a header row and rows of cells.
  case table(headers: [String], rows: [[String]])
  /// What the lesson expects to see, said before the numbers.
  case expect(String)
  /// What was measured, said after the computation.
  case result(String)
  /// A figure shown at this point of the story.
  case figure(ShownFigure)
}

/// Where a narrative call is in a lesson's source: `#fileID` (`lesson_1/main.swift`) and
/// `#line`, the same on every machine.
public struct SourceLocation: Equatable, Sendable {
  public let fileID: String
  public let line: Int

  public init(fileID: String, line: Int) {
    self.fileID = fileID
    self.line = line
  }

  /// The file's name without its module: `main.swift`.
  public var fileName: String {
    fileID.split(separator: "/").last.map(String.init) ?? fileID
  }
}

/// A figure as the story shows it: its base name (`<name>.svg`, `<name>.csv`), its number
/// in the lesson, and the caption its SVG carries (`<title>` and `<desc>`).
public struct ShownFigure: Equatable, Sendable {
  public let name: String
  public let number: Int
  public let title: String
  public let description: String

  public init(name: String, number: Int, title: String, description: String) {
    self.name = name
    self.number = number
    self.title = title
    self.description = description
  }
}
