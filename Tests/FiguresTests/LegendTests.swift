import Testing

@testable import Figures

@Suite("Legend") struct LegendTests {
  static func entries(_ count: Int) -> [LegendEntry] {
    (0..<count).map {
      LegendEntry(name: "feature \($0)", color: Palette.color(at: $0), swatch: .box)
    }
  }

  @Test("20 entries beside a 360 px plot take two columns of ten and fit its height")
  func twentyEntries() {
    let legend = Legend(entries: LegendTests.entries(20), title: nil, maximumHeight: 360)
    #expect(legend.columns == 2 && legend.rows == 10)
    #expect(legend.height <= 360)
  }

  @Test("a few entries take one column")
  func fewEntries() {
    let legend = Legend(entries: LegendTests.entries(3), title: nil, maximumHeight: 360)
    #expect(legend.columns == 1 && legend.rows == 3)
  }

  @Test("beyond four columns the legend grows taller instead of wider")
  func manyEntries() {
    let legend = Legend(entries: LegendTests.entries(100), title: nil, maximumHeight: 360)
    #expect(legend.columns == Legend.maximumColumns)
    #expect(legend.rows == 25)
  }

  @Test("entries fill the first column top to bottom, then the next")
  func columnMajor() throws {
    let legend = Legend(entries: LegendTests.entries(20), title: nil, maximumHeight: 360)
    let root = try #require(parseXML(legend.svg(x: 0, y: 0)))
    let texts = root.all(named: "text")
    #expect(texts[1].allText == "feature 1")
    #expect(texts[1].number("x") == texts[0].number("x"))
    #expect(texts[10].allText == "feature 10")
    #expect((texts[10].number("x") ?? 0) > (texts[0].number("x") ?? 0))
  }

  @Test("a title adds one row and is written first")
  func title() throws {
    let plain = Legend(entries: LegendTests.entries(3), title: nil, maximumHeight: 360)
    let titled = Legend(entries: LegendTests.entries(3), title: "method", maximumHeight: 360)
    // Exact: heights are sums of the same constants.
    #expect(titled.height - plain.height == Theme.legendRowHeight)
    let root = try #require(parseXML(titled.svg(x: 0, y: 0)))
    #expect(root.all(named: "text").first?.allText == "method")
  }

  @Test("a longer name makes the legend wider")
  func widthFollowsNames() {
    let short = Legend(entries: LegendTests.entries(1), title: nil, maximumHeight: 360)
    var long = LegendTests.entries(1)
    long[0].name = "a much longer legend entry"
    #expect(Legend(entries: long, title: nil, maximumHeight: 360).width > short.width)
  }
}
