import Testing

@testable import LessonKit

@Suite("Terminal style") struct TerminalStyleTests {
  @Test(
    "styled only on a terminal, without NO_COLOR, and not quiet",
    arguments: [
      (true, [String: String](), false, true),
      (false, [:], false, false),
      (true, ["NO_COLOR": "1"], false, false),
      (true, ["NO_COLOR": ""], false, true),
      (true, [:], true, false),
    ])
  func detection(isTerminal: Bool, environment: [String: String], quiet: Bool, styled: Bool) {
    #expect(
      TerminalStyle.detect(isTerminal: isTerminal, environment: environment, isQuiet: quiet)
        .isStyled == styled)
  }

  @Test("plain text passes through; styled text is wrapped in SGR codes and reset") func codes() {
    #expect(TerminalStyle.plain.bold("x") == "x")
    #expect(TerminalStyle(isStyled: true).green("held") == "\u{1B}[32mheld\u{1B}[0m")
    #expect(TerminalStyle(isStyled: true).red("FAILED") == "\u{1B}[1;31mFAILED\u{1B}[0m")
  }
}
