import Testing

@testable import LessonKit

@Suite("SVG caption") struct SVGCaptionTests {
  @Test("reads the first title and desc, with attributes, entities decoded, space collapsed")
  func reads() {
    let svg =
      "<svg><titles>no</titles><title id=\"a\">A &lt;b&gt;\n  &#945; &#x3B2;</title>"
      + "<desc>one &amp; two</desc><title>second</title></svg>"
    #expect(SVGCaption.text(of: "title", in: svg) == "A <b> α β")
    #expect(SVGCaption.text(of: "desc", in: svg) == "one & two")
  }

  @Test("an SVG without the element gives an empty caption") func missing() {
    #expect(SVGCaption.text(of: "title", in: "<svg></svg>") == "")
    #expect(SVGCaption.text(of: "desc", in: "<svg><desc>unclosed") == "")
  }

  @Test("an unknown entity is kept as written") func unknownEntity() {
    #expect(SVGCaption.decoded("a &nbsp; b &") == "a &nbsp; b &")
  }
}
