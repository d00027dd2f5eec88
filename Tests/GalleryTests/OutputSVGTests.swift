import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Records the root element and the names and text of its direct children.
private final class Outline: NSObject, XMLParserDelegate {
  var root: String?
  var children: [(name: String, text: String)] = []
  private var depth = 0

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    depth += 1
    if depth == 1 { root = elementName }
    if depth == 2 { children.append((elementName, "")) }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) { depth -= 1 }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if depth == 2, !children.isEmpty { children[children.count - 1].text += string }
  }
}

@Suite("Every SVG under Output/ is a well-formed, accessible picture") struct OutputSVGTests {
  static let svgs = Package.files(under: Package.output, endingWith: ".svg")

  @Test("Output/ holds SVG files at all") func found() {
    #expect(!Self.svgs.isEmpty, "no .svg under \(Package.output)")
  }

  @Test(
    "parses as XML with an <svg> root that has a non-empty <title> and <desc>",
    arguments: svgs)
  func wellFormed(path: String) throws {
    let data = try #require(FileManager.default.contents(atPath: Package.output + "/" + path))
    let outline = Outline()
    let parser = XMLParser(data: data)
    parser.delegate = outline
    // Foundation on Linux may return true for a truncated document with an error set.
    let parsed = parser.parse()
    #expect(
      parsed && parser.parserError == nil,
      "\(path): not well-formed at line \(parser.lineNumber), column \(parser.columnNumber)")
    #expect(outline.root == "svg")
    let title = outline.children.first { $0.name == "title" }?.text ?? ""
    let desc = outline.children.first { $0.name == "desc" }?.text ?? ""
    #expect(!title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(path): no <title>")
    #expect(!desc.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(path): no <desc>")
  }
}
