import Testing

@testable import Figures

@Suite("Bar groups") struct BarGroupTests {
  @Test("a group keeps its name and values, its colour defaulting to the palette")
  func defaults() {
    let group = BarGroup(name: "lasso", values: [1, -2])
    #expect(group.name == "lasso" && group.values == [1, -2] && group.color == nil)
  }
}
