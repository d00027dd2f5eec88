import Testing

@testable import LessonKit

@Suite("Figure mismatch") struct FigureMismatchTests {
  @Test("the same list in the same order is no mismatch") func same() {
    #expect(FigureMismatch(shown: ["a", "b"], catalogued: ["a", "b"]) == nil)
  }

  @Test("missing, extra and reordered figures are named") func named() {
    let missing = FigureMismatch(shown: ["a"], catalogued: ["a", "b"])
    #expect(missing?.missing == ["b"] && missing?.extra == [])
    #expect(missing?.description.contains("not shown: b") == true)
    let extra = FigureMismatch(shown: ["a", "c"], catalogued: ["a"])
    #expect(extra?.description.contains("not in the catalogue: c") == true)
    let order = FigureMismatch(shown: ["b", "a"], catalogued: ["a", "b"])
    #expect(order?.description.contains("shown in the order b, a, catalogued as a, b") == true)
  }
}
