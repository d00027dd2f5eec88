/// The printer that tells a lesson's story: headed sections, wrapped paragraphs, formulas
/// on their own indented lines, aligned tables of numbers, and figures where they are shown.
///
/// Every call is recorded as a `StoryBlock` (in `blocks`) and printed to the terminal at
/// once; the notebook page renders the same blocks as Markdown. In quiet mode nothing is
/// printed, but the blocks are still recorded, so the page is the same; `always(_:)`
/// prints even then (claims, files). Output goes to a sink so tests can capture it.
public struct Narrative: Sendable {
  /// The column at which paragraphs wrap.
  public static let width = 88

  public let isQuiet: Bool
  /// How headings are styled in the terminal (never on the page).
  public let style: TerminalStyle
  /// The story so far, in the order told.
  public private(set) var blocks: [StoryBlock] = []
  private let sink: @Sendable (String) -> Void
  private var sectionCount = 0
  private var figureCount = 0

  /// A narrative that writes lines to `sink` (standard output by default).
  public init(
    isQuiet: Bool = false, style: TerminalStyle = .plain,
    sink: @escaping @Sendable (String) -> Void = { print($0) }
  ) {
    self.isQuiet = isQuiet
    self.style = style
    self.sink = sink
  }

  /// Prints a line even in quiet mode; not part of the story.
  public func always(_ line: String) { sink(line) }

  /// Prints a paragraph that belongs to the terminal only (the run's header), not to the
  /// page.
  public func terminalOnly(_ text: String) { printParagraph(text, indent: 0) }

  /// A numbered section heading: `── 2. The path experiment ──…`.
  ///
  /// - Parameters:
  ///   - title: The heading, without its number.
  ///   - files: The lesson's own source files this section calls (e.g.
  ///     `["SparsityExperiment.swift"]`), linked from the section on the notebook page.
  ///   - fileID, line: Where the call is, so the page links the heading to the code.
  public mutating func section(
    _ title: String, uses files: [String] = [], fileID: String = #fileID, line: Int = #line
  ) {
    sectionCount += 1
    blocks.append(
      .section(
        number: sectionCount, title: title, source: SourceLocation(fileID: fileID, line: line),
        files: files))
    guard !isQuiet else { return }
    let heading = "── \(sectionCount). \(title) "
    sink("")
    sink(
      style.bold(
        heading + String(repeating: "─", count: max(3, Self.width - TextWidth.columns(heading)))))
  }

  /// A paragraph wrapped at `width` columns, optionally indented (in the terminal).
  public mutating func paragraph(_ text: String, indent: Int = 0) {
    blocks.append(.paragraph(text))
    printParagraph(text, indent: indent)
  }

  /// A formula on its own line, indented by four spaces, in plain Unicode.
  public mutating func formula(_ text: String) {
    blocks.append(.formula(text))
    guard !isQuiet else { return }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      sink("    " + line)
    }
  }

  /// What the lesson expects to see, said before the numbers are printed.
  public mutating func expect(_ text: String) {
    blocks.append(.expect(text))
    printParagraph("Expect: " + text, indent: 0)
  }

  /// A measured result, said after the computation, marked with an arrow.
  public mutating func result(_ text: String) {
    blocks.append(.result(text))
    printParagraph("→ " + text, indent: 2)
  }

  /// A table with a header row and aligned columns: numbers right-aligned, text left.
  public mutating func table(_ headers: [String], _ rows: [[String]], indent: Int = 2) {
    blocks.append(.table(headers: headers, rows: rows))
    guard !isQuiet else { return }
    for line in TextTable(headers: headers, rows: rows).lines() {
      sink(String(repeating: " ", count: indent) + line)
    }
  }

  /// A figure shown here: numbered in order, captioned from its SVG's `<title>` and
  /// `<desc>`; the terminal prints its number, title and the path it is written to.
  ///
  /// - Returns: The figure as recorded.
  @discardableResult
  public mutating func figure(name: String, svg: String, path: String) -> ShownFigure {
    figureCount += 1
    let shown = ShownFigure(
      name: name, number: figureCount, title: SVGCaption.text(of: "title", in: svg),
      description: SVGCaption.text(of: "desc", in: svg))
    blocks.append(.figure(shown))
    printParagraph("▸ Figure \(figureCount), \(path): \(shown.title)", indent: 2)
    return shown
  }

  /// The figures shown so far, in order.
  public var figures: [ShownFigure] {
    blocks.compactMap { block in
      if case .figure(let figure) = block { return figure }
      return nil
    }
  }

  /// An empty line in the terminal (the page separates blocks anyway).
  public func blank() {
    guard !isQuiet else { return }
    sink("")
  }

  private func printParagraph(_ text: String, indent: Int) {
    guard !isQuiet else { return }
    for line in Self.wrap(text, width: Self.width - indent) {
      sink(String(repeating: " ", count: indent) + line)
    }
  }

  /// Splits `text` into lines of at most `width` terminal columns at spaces; a word longer
  /// than the width stands on its own line. Explicit newlines are kept.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for word in paragraph.split(separator: " ") {
        if line.isEmpty {
          line = String(word)
        } else if TextWidth.columns(line) + 1 + TextWidth.columns(word) <= width {
          line += " " + word
        } else {
          lines.append(line)
          line = String(word)
        }
      }
      lines.append(line)
    }
    return lines
  }
}
