import Testing

@testable import Figures

@Suite("Dash patterns") struct DashPatternTests {
  @Test("solid has no dash array and every other pattern a distinct one")
  func distinct() {
    #expect(DashPattern.solid.dashArray == nil)
    let arrays = DashPattern.allCases.compactMap(\.dashArray)
    #expect(arrays.count == DashPattern.allCases.count - 1)
    #expect(Set(arrays).count == arrays.count)
  }
}
