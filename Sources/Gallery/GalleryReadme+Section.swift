import LessonKit

extension GalleryReadme {
  /// One lesson's section: heading, sources, how to run it, summary, what went wrong (if
  /// anything), the claims table and the figures.
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
    lines += claims(entry)
    lines += ["", "**Figures**"]
    for (index, figure) in entry.figures.enumerated() {
      lines += [""] + self.figure(figure, number: "\(info.number).\(index + 1)", info: info)
    }
    return lines
  }

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
    let failed = claims.filter { !$0.holds }.count
    let verdict =
      failed == 0
      ? "all \(claims.count) held." : "❌ \(failed) of \(claims.count) did **not** hold."
    var lines = ["", "**Claims:** \(verdict)", "", "| | Claim | Measured |", "|:--|:--|:--|"]
    for claim in claims {
      // No-break spaces keep the mark and the word on one line in a narrow column.
      let status = claim.holds ? "✅\u{A0}held" : "❌\u{A0}**FAILED**"
      let statement = "**(\(Markdown.inline(claim.label)))** \(Markdown.inline(claim.statement))"
      let measured = claim.measured.isEmpty ? "—" : Markdown.inline(claim.measured)
      lines.append("| \(status) | \(statement) | \(measured) |")
    }
    return lines
  }

  /// A figure embedded as an image, its caption below it (the SVG's title in bold, then
  /// its description) and a link to its CSV.
  static func figure(_ figure: GalleryEntry.CaptionedFigure, number: String, info: LessonInfo)
    -> [String]
  {
    let path = Markdown.linkTarget("\(info.program)/\(figure.name)")
    let data = "[\(Markdown.code(figure.name + ".csv"))](\(path).csv)"
    switch figure.caption {
    case .failure(let problem):
      return [
        "⚠️ **Figure \(number) (\(Markdown.code(figure.name))) cannot be shown:** "
          + Markdown.inline(problem.message) + "."
      ]
    case .success(let caption):
      let title = Markdown.inline(caption.title)
      return [
        "![\(title)](\(path).svg)",
        "",
        "**Figure \(number). \(sentence(title))** \(sentence(Markdown.inline(caption.description)))"
          + " Data: \(data).",
      ]
    }
  }

  /// `text` ending with a full stop, unless it already ends with `.`, `!` or `?`.
  static func sentence(_ text: String) -> String {
    guard let last = text.last, !".!?".contains(last) else { return text }
    return text + "."
  }
}
