import Testing

@testable import LessonKit

@Suite("Text width") struct TextWidthTests {
  @Test(
    "Chinese and fullwidth characters take two columns, everything else one",
    arguments: [
      ("abc", 3), ("λ‖w‖₁", 5), ("偏置b", 5), ("（，）", 6), ("é", 1), ("", 0),
      ("權重衰減", 8),
    ])
  func columns(text: String, expected: Int) {
    #expect(TextWidth.columns(text) == expected)
  }
}
