import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A figure's caption, read from its SVG: the `<title>` and `<desc>` that the figure code
/// writes for screen readers. The gallery uses them, so each caption is written once, next
/// to the chart it describes.
public struct FigureCaption: Equatable, Sendable {
  /// The text of the root's first `<title>` child.
  public let title: String
  /// The text of the root's first `<desc>` child.
  public let description: String

  public init(title: String, description: String) {
    self.title = title
    self.description = description
  }

  /// Parses `svg` as XML and reads its caption.
  ///
  /// - Throws: `CaptionError` when the text is not well-formed XML, the root element is
  ///   not `<svg>`, or it has no `<title>` or no `<desc>` child.
  public init(svg: String) throws(CaptionError) {
    let reader = CaptionReader()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = reader
    // Foundation on Linux can return true with an error set (a truncated document, content
    // after the root), so both are checked.
    let parsed = parser.parse()
    if !parsed || parser.parserError != nil {
      let code = (parser.parserError as? NSError)?.code ?? -1
      throw CaptionError(
        "not well-formed XML (line \(parser.lineNumber), column \(parser.columnNumber); "
          + "XMLParser error \(code))")
    }
    guard reader.rootName == "svg" else {
      throw CaptionError("the root element is <\(reader.rootName ?? "")>, not <svg>")
    }
    guard let title = reader.title else { throw CaptionError("the <svg> has no <title>") }
    guard let description = reader.desc else {
      throw CaptionError("the <svg> has no <desc>")
    }
    self.init(title: Self.collapsed(title), description: Self.collapsed(description))
  }

  /// `text` with runs of white space (line breaks included) replaced by one space and
  /// none at either end.
  static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}

/// An SVG whose caption cannot be read, and why.
public struct CaptionError: Error, Equatable, Sendable, CustomStringConvertible {
  public let reason: String
  public init(_ reason: String) { self.reason = reason }
  public var description: String { reason }
}

/// Collects the root element's name and the text of its first `<title>` and `<desc>`
/// children.
private final class CaptionReader: NSObject, XMLParserDelegate {
  var rootName: String?
  var title: String?
  var desc: String?
  private var depth = 0
  private var capturing: String?
  private var text = ""

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    depth += 1
    if depth == 1 { rootName = elementName }
    if depth == 2 && (elementName == "title" || elementName == "desc") {
      capturing = elementName
      text = ""
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    if depth == 2, let element = capturing, element == elementName {
      if element == "title", title == nil { title = text }
      if element == "desc", desc == nil { desc = text }
      capturing = nil
    }
    depth -= 1
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if capturing != nil { text += string }
  }
}
