import Testing

@testable import Regularization

@Suite("Decimal parser · Eisel–Lemire") struct DecimalParserEiselLemireTests {
  @Test(
    "gives the nearest double's bits for w·10^q",
    arguments: [
      (1, 0, 1.0.bitPattern),
      (0, 100, 0),
      (1, 309, DecimalParser.infinityBits),  // beyond the table: ∞
      (1, -400, 0),  // beyond the table: 0
      (17_976_931_348_623_159, 292, DecimalParser.infinityBits),  // rounds past the largest
      (17_976_931_348_623_157, 292, Double.greatestFiniteMagnitude.bitPattern),
      (5, -324, 1),  // the least subnormal, 2⁻¹⁰⁷⁴
      (24_703_282_292_062_328, -340, 1),  // just above half of it
      (24_703_282_292_062_327, -340, 0),  // just below
      (22_250_738_585_072_013, -324, 1 << 52),  // rounds up into the least normal
      (22_250_738_585_072_011, -324, (1 << 52) - 1),  // the largest subnormal
    ] as [(UInt64, Int, UInt64)])
  func nearest(w: UInt64, q: Int, bits: UInt64) {
    #expect(DecimalParser.eiselLemire(w, q) == bits)
  }

  @Test(
    "rounds an exact tie to even: 2⁵³ + 1 and 2⁵³ + 3 as integers",
    arguments: [
      (9_007_199_254_740_993, 9_007_199_254_740_992.0),
      (9_007_199_254_740_995, 9_007_199_254_740_996),
    ]
      as [(UInt64, Double)])
  func tiesToEven(w: UInt64, expected: Double) {
    #expect(DecimalParser.eiselLemire(w, 0) == expected.bitPattern)
  }

  @Test("integer midpoints in [2⁵³, 2⁶⁴), in every written form (50 000), all answered")
  func integerMidpoints() {
    let texts = strings(50_000, seed: 11) { generator in
      // (2m + 1)·2^(e − 1) with m a 53-bit significand and 1 ≤ e ≤ 11.
      let m = UInt64(1 << 52) + UInt64(generator.rng.integer(below: 1 << 52))
      let e = 1 + generator.rng.integer(below: 11)
      let midpoint = (2 * m + 1) << (e - 1)
      return generator.written(Array(String(midpoint).utf8), exponent: 0)
    }
    let comparison = ParserComparison(texts)
    #expect(comparison.mismatches == [])
    #expect(comparison.answeredShare > 0.9)  // the 20-digit ones may be left undecided
  }

  @Test("exact midpoints of neighbouring doubles, and 17–19-digit texts just off them")
  func decimalMidpoints() {
    var generator = DecimalStrings(seed: 12)
    var texts: [String] = []
    for index in 0..<6_000 {
      // Every binade now and then (long expansions, slow in debug); mostly near 1.
      let x = index % 10 == 0 ? abs(generator.anyFiniteDouble()) : abs(generator.rng.normal())
      let midpoint = exactMidpoint(above: x)
      texts.append(midpoint)
      // Its leading 17–19 digits, and those plus one in the last place: texts within one
      // unit of that digit of the tie, on either side, answered without truncation.
      let parts = midpoint.split(separator: "e")
      let kept = 17 + generator.rng.integer(below: 3)
      guard parts[0].count > kept, let below = UInt64(parts[0].prefix(kept)) else { continue }
      let exponent = parts[0].count - kept + (parts.count > 1 ? Int(parts[1])! : 0)
      texts.append("\(below)e\(exponent)")
      texts.append("\(below + 1)e\(exponent)")
    }
    let comparison = ParserComparison(texts)
    #expect(comparison.mismatches == [])
    #expect(comparison.checked > 15_000)
  }
}
