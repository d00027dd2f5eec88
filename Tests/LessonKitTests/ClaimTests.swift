import Testing

@testable import LessonKit

@Suite("Claims") struct ClaimTests {
  @Test("atMost holds at and below the bound, not above it, and never for NaN") func atMost() {
    #expect(Claim.atMost("a", "s", quantity: "q", value: 1e-7, bound: 1e-6).holds)
    #expect(Claim.atMost("a", "s", quantity: "q", value: 1e-6, bound: 1e-6).holds)
    #expect(!Claim.atMost("a", "s", quantity: "q", value: 2e-6, bound: 1e-6).holds)
    #expect(!Claim.atMost("a", "s", quantity: "q", value: .nan, bound: 1e-6).holds)
  }

  @Test("atLeast mirrors atMost, and the measured text shows value and bound") func atLeast() {
    let claim = Claim.atLeast("b", "s", quantity: "ratio", value: 12.5, bound: 10)
    #expect(claim.holds)
    #expect(claim.measured == "ratio = 12.5 ≥ 10.0")
    #expect(!Claim.atLeast("b", "s", quantity: "q", value: .nan, bound: 0).holds)
  }

  @Test("the report says which claims failed and counts them") func report() {
    let lines = ClaimReport.lines([
      Claim("a", "first", measured: "1", holds: true),
      Claim("b", "second", measured: "2", holds: false),
    ])
    #expect(lines.contains("  held    (a) first"))
    #expect(lines.contains("  FAILED  (b) second"))
    #expect(lines.last == "1 of 2 claims did NOT hold.")
  }

  @Test("claims.csv quotes statements with commas and has one row per claim") func csv() {
    let text = ClaimReport.csv([Claim("a", "x, y", measured: "m = 1", holds: true)])
    #expect(text == "label,statement,measured,holds\r\na,\"x, y\",m = 1,true\r\n")
  }
}
