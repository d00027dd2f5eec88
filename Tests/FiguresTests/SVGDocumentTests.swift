import Testing

@testable import Figures

@Suite("SVG document") struct SVGDocumentTests {
  @Test("escape turns the five XML specials into entities")
  func escapesSpecials() {
    #expect(
      SVGDocument.escape(#"a & b < c > d " e ' f"#)
        == "a &amp; b &lt; c &gt; d &quot; e &apos; f")
  }

  @Test("escape drops control characters that XML 1.0 cannot hold, keeps tab and newline")
  func dropsControlCharacters() {
    #expect(SVGDocument.escape("a\u{0}b\u{7}c\td\ne") == "abc\td\ne")
  }

  @Test("a rendered document is well-formed with xmlns, viewBox, size, title and desc")
  func wellFormed() throws {
    var document = SVGDocument(width: 120, height: 80.5, title: "T <1>", description: "D & E")
    document.append(SVGDocument.element("rect", [("width", "10"), ("height", "10")]))
    let text = document.rendered()
    let root = try #require(parseXML(text))
    #expect(root.name == "svg")
    #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
    #expect(root.attributes["viewBox"] == "0 0 120 80.5")
    #expect(root.attributes["width"] == "120" && root.attributes["height"] == "80.5")
    #expect(root.all(named: "title").first?.text == "T <1>")
    #expect(root.all(named: "desc").first?.text == "D & E")
    #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
  }

  @Test("attribute values are escaped and kept in the order given")
  func attributes() {
    let markup = SVGDocument.element("text", [("y", "2"), ("x", "1"), ("data-name", "a\"b")])
    #expect(markup == "<text y=\"2\" x=\"1\" data-name=\"a&quot;b\"/>")
  }

  @Test("a superscript label becomes a raised tspan at 75 %")
  func superscriptText() {
    let markup = SVGDocument.text(.decade(-3), [("x", "0")])
    #expect(markup == "<text x=\"0\">10<tspan dy=\"-0.6em\" font-size=\"75%\">−3</tspan></text>")
  }

  @Test("the id prefix is stable for a title and differs between titles")
  func idPrefix() {
    let a = SVGDocument(width: 1, height: 1, title: "A", description: "")
    let b = SVGDocument(width: 1, height: 1, title: "B", description: "")
    #expect(a.idPrefix == SVGDocument(width: 9, height: 9, title: "A", description: "").idPrefix)
    #expect(a.idPrefix != b.idPrefix)
    #expect(a.idPrefix.count == 11)
  }
}
