/// Reads the caption a chart writes into its SVG for screen readers: the text of the
/// first `<title>` and `<desc>` elements, XML entities decoded and white space collapsed.
///
/// The charts of `Figures` write both; a lesson program reads them without an XML parser
/// (the gallery, which checks the files, parses them properly: `FigureCaption`).
enum SVGCaption {
  /// The text of the first `<element>…</element>` in `svg`, or "" if there is none.
  static func text(of element: String, in svg: String) -> String {
    var searchFrom = svg.startIndex
    while let open = svg.range(of: "<\(element)", range: searchFrom..<svg.endIndex) {
      searchFrom = open.upperBound
      // `<title>` or `<title id="…">`, not `<titlefoo>`.
      guard let next = svg[open.upperBound...].first, next == ">" || next == " ",
        let end = svg[open.upperBound...].firstIndex(of: ">"),
        let close = svg.range(of: "</\(element)>", range: end..<svg.endIndex)
      else { continue }
      return collapsed(decoded(String(svg[svg.index(after: end)..<close.lowerBound])))
    }
    return ""
  }

  /// `text` with the five predefined XML entities and numeric references decoded.
  static func decoded(_ text: String) -> String {
    var result = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      result += rest[..<amp]
      guard let semicolon = rest[amp...].firstIndex(of: ";") else { return result + rest[amp...] }
      let name = rest[rest.index(after: amp)..<semicolon]
      if let character = entity(String(name)) {
        result.append(character)
      } else {
        result += rest[amp...semicolon]
      }
      rest = rest[rest.index(after: semicolon)...]
    }
    return result + rest
  }

  private static func entity(_ name: String) -> Character? {
    switch name {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    default:
      let hex = name.hasPrefix("#x") || name.hasPrefix("#X")
      guard name.hasPrefix("#"),
        let code = UInt32(name.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10),
        let scalar = Unicode.Scalar(code)
      else { return nil }
      return Character(scalar)
    }
  }

  private static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
