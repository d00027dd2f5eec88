import Testing

@testable import Figures

@Suite("Theme and rectangles") struct ThemeTests {
  @Test("rectangles that only touch do not intersect; overlapping ones do")
  func intersects() {
    let a = Rect(x: 0, y: 0, width: 10, height: 10)
    #expect(!a.intersects(Rect(x: 10, y: 0, width: 5, height: 5)))
    #expect(a.intersects(Rect(x: 9, y: 9, width: 5, height: 5)))
  }

  @Test("contains includes the edge; expanded grows every side")
  func containsAndExpanded() {
    let a = Rect(x: 0, y: 0, width: 10, height: 10)
    #expect(a.contains(10, 0) && !a.contains(10.1, 0))
    #expect(a.expanded(by: 2) == Rect(x: -2, y: -2, width: 14, height: 14))
  }

  @Test("tick labels are at least 13 px, readable when projected")
  func readableSizes() {
    #expect(Theme.tickFontSize >= 13 && Theme.legendFontSize >= 13)
  }
}
