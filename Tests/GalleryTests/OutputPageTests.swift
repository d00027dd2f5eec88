import Foundation
import LessonKit
import Testing

/// Walks each committed notebook page, `Output/lesson-N/README.md`, line by line as a
/// Markdown reader would: fenced code is skipped, headings, tables and images are checked.
@Suite("Output/: every lesson's notebook page") struct OutputPageTests {
  /// The page's lines outside fenced code blocks, with their line numbers.
  static func proseLines(_ page: String) -> [(number: Int, text: String)] {
    var result: [(Int, String)] = []
    var fence: String?
    for (index, line) in page.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let text = String(line)
      if let open = fence {
        if text == open { fence = nil }
        continue
      }
      if text.hasPrefix("```") {
        fence = String(text.prefix { $0 == "`" })
        continue
      }
      result.append((index + 1, text))
    }
    return result
  }

  /// The cells of a table row: split at pipes that are not escaped with a backslash.
  static func cellCount(_ row: String) -> Int {
    var count = 0
    var escaped = false
    for character in row {
      if character == "|" && !escaped { count += 1 }
      escaped = character == "\\" && !escaped
    }
    return count - 1
  }

  static func page(_ info: LessonInfo) throws -> String {
    try String(contentsOfFile: Package.output + "/\(info.program)/README.md", encoding: .utf8)
  }

  @Test(
    "headings: the title, then sections numbered 1, 2, … in order, then the claims",
    arguments: Catalogue.lessons)
  func headings(info: LessonInfo) throws {
    let lines = Self.proseLines(try Self.page(info)).map(\.text)
    #expect(lines.first == "# Lesson \(info.number) · \(Markdown.inline(info.title))")
    let headings = lines.filter { $0.hasPrefix("#") }
    #expect(headings.filter { $0.hasPrefix("# ") }.count == 1)
    let sections = headings.filter { $0.hasPrefix("## ") }
    #expect(sections.last == "## Claims")
    for (index, heading) in sections.dropLast().enumerated() {
      #expect(heading.hasPrefix("## \(index + 1). "), "\(heading)")
    }
    #expect(sections.count >= 3)
  }

  @Test(
    "every table has the header's number of cells in every row, with an alignment row",
    arguments: Catalogue.lessons)
  func tables(info: LessonInfo) throws {
    let lines = Self.proseLines(try Self.page(info))
    var index = 0
    var tables = 0
    while index < lines.count {
      guard lines[index].text.hasPrefix("|") else {
        index += 1
        continue
      }
      var rows: [(Int, String)] = []
      while index < lines.count, lines[index].text.hasPrefix("|") {
        rows.append(lines[index])
        index += 1
      }
      tables += 1
      let columns = Self.cellCount(rows[0].1)
      #expect(rows.count >= 2)
      #expect(rows[1].1.allSatisfy { "|:-".contains($0) }, "line \(rows[1].0): \(rows[1].1)")
      for (number, row) in rows {
        #expect(Self.cellCount(row) == columns, "line \(number) has another cell count: \(row)")
      }
    }
    #expect(tables >= 2)  // the story's and the claims'
  }

  @Test(
    "one image per figure, in the catalogue's order, each file present, each with its anchor",
    arguments: Catalogue.lessons)
  func figures(info: LessonInfo) throws {
    let lines = Self.proseLines(try Self.page(info)).map(\.text)
    let images = lines.filter { $0.hasPrefix("![") }
    let targets = images.compactMap { line -> String? in
      guard let open = line.range(of: "](", options: .backwards), line.hasSuffix(")") else {
        return nil
      }
      return String(line[open.upperBound..<line.index(before: line.endIndex)])
    }
    #expect(targets == info.figures.map { $0 + ".svg" })
    for name in info.figures {
      let folder = Package.output + "/\(info.program)/"
      #expect(FileManager.default.fileExists(atPath: folder + name + ".svg"))
      #expect(lines.contains("<a id=\"\(NotebookPage.anchor(name))\"></a>"))
      #expect(lines.contains { $0.contains("[`\(name).csv`](\(name).csv)") })
    }
  }

  @Test(
    "each section links a line of the lesson's source where a section call begins",
    arguments: Catalogue.lessons)
  func codeLinks(info: LessonInfo) throws {
    let lines = Self.proseLines(try Self.page(info)).map(\.text)
    let prefix = "<sub>Code: [main.swift, line "
    let links = lines.filter { $0.hasPrefix(prefix) }
    let source = try String(
      contentsOfFile: Package.root + "/Lessons/\(info.slug)/main.swift", encoding: .utf8
    ).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(links.count == lines.filter { $0.hasPrefix("## ") }.count - 1)
    for link in links {
      let number = Int(link.dropFirst(prefix.count).prefix { $0.isNumber }) ?? 0
      #expect(number >= 1 && number <= source.count)
      guard number >= 1 && number <= source.count else { continue }
      #expect(source[number - 1].contains("section("), "line \(number): \(source[number - 1])")
      #expect(link.contains("(../../Lessons/\(info.slug)/main.swift#L\(number))"))
    }
    // Every file a section says it calls exists beside main.swift.
    for link in links {
      for piece in link.components(separatedBy: "(../../Lessons/\(info.slug)/").dropFirst() {
        let file = String(piece.prefix { $0 != ")" && $0 != "#" }).removingPercentEncoding ?? ""
        #expect(
          FileManager.default.fileExists(atPath: Package.root + "/Lessons/\(info.slug)/" + file))
      }
    }
  }

  @Test("the claims table at the end is claims.csv, row for row", arguments: Catalogue.lessons)
  func claims(info: LessonInfo) throws {
    let page = try Self.page(info)
    let csv = try String(
      contentsOfFile: Package.output + "/\(info.program)/claims.csv", encoding: .utf8)
    let expected = ClaimReport.markdown(try ClaimReport.claims(fromCSV: csv)).joined(
      separator: "\n")
    #expect(page.contains("## Claims\n\n" + expected + "\n"))
  }

  @Test("no escape codes and no machine paths in any page", arguments: Catalogue.lessons)
  func clean(info: LessonInfo) throws {
    let page = try Self.page(info)
    #expect(!page.contains("\u{1B}"))
    #expect(!page.contains(Package.root))
    #expect(!page.contains("/tmp/"))
  }
}
