import Testing

@testable import LessonKit

@Suite("Markdown") struct MarkdownTests {
  @Test(
    "inline text escapes every character that starts markup",
    arguments: [
      ("|x_j| ≤ α", "\\|x\\_j\\| ≤ α"),
      ("*bold* and `code`", "\\*bold\\* and \\`code\\`"),
      ("[link](x) #1 ~a~ $x$", "\\[link\\](x) \\#1 \\~a\\~ \\$x\\$"),
      ("a<b>&c", "a&lt;b&gt;&amp;c"),
      ("back\\slash", "back\\\\slash"),
      ("two\nlines\r\nhere", "two lines here"),
      ("‖w‖₁ = 10⁻⁶ · ȳ 增加", "‖w‖₁ = 10⁻⁶ · ȳ 增加"),
    ])
  func inline(text: String, escaped: String) {
    #expect(Markdown.inline(text) == escaped)
  }

  @Test(
    "a paragraph cannot start a list, a numbered list or a heading underline",
    arguments: [
      ("- item", "\\- item"), ("+ item", "\\+ item"), ("= x", "\\= x"), ("12. item", "12\\. item"),
      ("3) item", "3\\) item"), ("3 items", "3 items"), ("plain", "plain"), ("", ""),
    ])
  func paragraph(text: String, escaped: String) {
    #expect(Markdown.paragraph(text) == escaped)
  }

  @Test("link targets keep slugs and slashes and percent-encode the rest") func linkTarget() {
    #expect(Markdown.linkTarget("lesson-1/lasso-path.svg") == "lesson-1/lasso-path.svg")
    #expect(Markdown.linkTarget("a b/(c).svg") == "a%20b/%28c%29.svg")
    #expect(Markdown.linkTarget("α.svg") == "%CE%B1.svg")
  }

  @Test("code spans and blocks use a fence longer than any backtick run inside")
  func fences() {
    #expect(Markdown.code("swift run") == "`swift run`")
    #expect(Markdown.code("a ` b") == "``a ` b``")
    #expect(Markdown.code("`x`") == "`` `x` ``")
    #expect(Markdown.codeBlock(["error: x"]) == ["```text", "error: x", "```"])
    #expect(Markdown.codeBlock(["````", "y"]) == ["`````text", "````", "y", "`````"])
  }
}
