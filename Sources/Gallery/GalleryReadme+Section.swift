import LessonKit

extension GalleryReadme {
  /// One lesson's section: heading, sources, how to run it, summary, a link to its
  /// notebook page, what went wrong (if anything), the claims table and a thumbnail of each
  /// figure linking to the place on the page where the story shows it.
  static func section(_ entry: GalleryEntry) -> [String] {
    let info = entry.info
    let story = "../Lessons/\(info.slug)/main.swift"
    var lines = [
      "## <a id=\"\(anchor(info))\"></a>Lesson \(info.number) · \(Markdown.inline(info.title))",
      "",
      "**Sources:** \(Markdown.inline(info.sources))",
      "",
      "**Run it:** `swift run \(info.program)` · the story: "
        + "[\(Markdown.code("Lessons/\(info.slug)/main.swift"))](\(Markdown.linkTarget(story)))",
      "",
      Markdown.paragraph(info.summary),
    ]
    lines += failure(entry)
    guard entry.outcome.wroteFiles else { return lines }
    lines += [
      "",
      "📓 **[Read the lesson](\(Markdown.linkTarget(page(info))))**: the story as the terminal "
        + "tells it, with every number and each figure where it is discussed.",
    ]
    lines += claims(entry)
    lines += ["", "**Figures** (each links to its place in the story)", ""]
    lines += thumbnails(entry)
    return lines
  }

  /// The notebook page of a lesson, relative to the gallery: `lesson-N/README.md`.
  static func page(_ info: LessonInfo) -> String { "\(info.program)/README.md" }

  /// Why the lesson failed and the end of its standard error (or the build's output);
  /// nothing if it succeeded.
  static func failure(_ entry: GalleryEntry) -> [String] {
    let outcome = entry.outcome
    guard !outcome.isSuccess else { return [] }
    var lines = [
      "",
      "❌ **This lesson failed:** \(Markdown.code(entry.info.program)) "
        + Markdown.inline(outcome.explanation) + ".",
    ]
    if !outcome.tail.isEmpty {
      let heading =
        switch outcome.stage {
        case .build: "The end of the build's output:"
        case .publish: "The error:"
        case .launch, .run: "The end of its standard error:"
        }
      lines += ["", heading, ""] + Markdown.codeBlock(outcome.tail)
    }
    return lines
  }

  /// The claims: a verdict line, then a table of status, claim and measured value.
  static func claims(_ entry: GalleryEntry) -> [String] {
    let claims: [Claim]
    switch entry.claims {
    case .failure(let problem):
      return ["", "❌ **The claims could not be read:** \(Markdown.inline(problem.message))."]
    case .success(let read):
      claims = read
    }
    return [""] + ClaimReport.markdown(claims)
  }

  /// A row of small images, each linking to the figure's anchor on the lesson's page, then
  /// one caption line per figure (number, title, link to its CSV); a figure whose SVG
  /// cannot be read says why instead.
  static func thumbnails(_ entry: GalleryEntry) -> [String] {
    let info = entry.info
    var images: [String] = []
    var captions: [String] = []
    for (index, figure) in entry.figures.enumerated() {
      let number = "\(info.number).\(index + 1)"
      let path = Markdown.linkTarget("\(info.program)/\(figure.name)")
      let target = Markdown.linkTarget(page(info)) + "#" + NotebookPage.anchor(figure.name)
      switch figure.caption {
      case .failure(let problem):
        captions.append(
          "- ⚠️ **Figure \(number) (\(Markdown.code(figure.name))) cannot be shown:** "
            + Markdown.inline(problem.message) + ".")
      case .success(let caption):
        images.append(
          "<a href=\"\(target)\"><img src=\"\(path).svg\" width=\"\(thumbnailWidth)\" "
            + "alt=\"\(attribute(caption.title))\"></a>")
        captions.append(
          "- [Figure \(number). \(sentence(Markdown.inline(caption.title)))](\(target)) "
            + "Data: [\(Markdown.code(figure.name + ".csv"))](\(path).csv).")
      }
    }
    return (images.isEmpty ? [] : [images.joined(separator: "\n"), ""]) + captions
  }

  /// The width of a thumbnail in pixels: four fit side by side on a code host's page.
  static let thumbnailWidth = 200

  /// `text` safe inside a double-quoted HTML attribute.
  static func attribute(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
      .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
  }

  /// `text` ending with a full stop, unless it already ends with `.`, `!` or `?`.
  static func sentence(_ text: String) -> String {
    guard let last = text.last, !".!?".contains(last) else { return text }
    return text + "."
  }
}
