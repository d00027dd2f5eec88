import Testing

@testable import Regularization

/// What a parser did on a set of strings, judged against `Double(String)`.
struct ParserComparison {
  var checked = 0
  /// How often it gave a value rather than "not sure".
  var answered = 0
  /// Strings where its value is not `Double(String)`'s, bit for bit (or where it gave a
  /// value and `Double(String)` gives `nil`).
  var mismatches: [String] = []

  /// The share of strings answered.
  var answeredShare: Double { Double(answered) / Double(max(checked, 1)) }

  init(_ strings: [String], parse: (UnsafeBufferPointer<UInt8>) -> Double? = DecimalParser.parse) {
    for string in strings {
      var text = string
      let value = text.withUTF8 { parse($0) }
      checked += 1
      guard let value else { continue }
      answered += 1
      if Double(string)?.bitPattern != value.bitPattern { mismatches.append(string) }
    }
  }
}

/// `count` strings from `make`, seeded.
func strings(_ count: Int, seed: UInt64, _ make: (inout DecimalStrings) -> String) -> [String] {
  var generator = DecimalStrings(seed: seed)
  return (0..<count).map { _ in make(&generator) }
}

// 1 000 000 generated strings here and about 70 000 more in DecimalParser+EiselLemireTests.
// Debug run time on the 2-core machine (measured, machine shared): about 5 s of CPU for all
// the DecimalParser suites, most of it making strings and Double(String); the largest
// test, 300 000 strings, about 1.1 s when run alone.
@Suite("Decimal parser: bit-identical to Double(String)") struct DecimalParserTests {
  @Test("shortest round-trip texts of random doubles (300 000), all answered")
  func shortestTexts() {
    let comparison = ParserComparison(strings(300_000, seed: 1) { $0.shortest() })
    #expect(comparison.mismatches == [])
    #expect(comparison.answered == comparison.checked)
  }

  @Test("1 to 19 significant digits, exponents 1e-400 … 1e400 (300 000), all answered")
  func upToNineteenDigits() {
    let comparison = ParserComparison(
      strings(300_000, seed: 2) {
        $0.decimal(digits: 1 + $0.rng.integer(below: 19), exponents: -420...400)
      })
    #expect(comparison.mismatches == [])
    #expect(comparison.answered == comparison.checked)
  }

  @Test("values as the benchmark files write them: 16–17 digits near 1 (100 000)")
  func benchmarkLikeValues() {
    let comparison = ParserComparison(
      strings(100_000, seed: 3) {
        $0.decimal(digits: 16 + $0.rng.integer(below: 2), exponents: -20...(-14))
      })
    #expect(comparison.mismatches == [])
    #expect(comparison.answered == comparison.checked)
  }

  @Test("20 to 40 significant digits (100 000), most answered")
  func manyDigits() {
    let comparison = ParserComparison(
      strings(100_000, seed: 4) {
        $0.decimal(digits: 20 + $0.rng.integer(below: 21), exponents: -360...330)
      })
    #expect(comparison.mismatches == [])
    #expect(comparison.answeredShare > 0.99)
  }

  @Test("around the subnormals, the smallest normal and the largest double (100 000)")
  func boundaries() {
    let comparison = ParserComparison(
      strings(100_000, seed: 5) { generator in
        let (lead, exponent): ([UInt8], Int) =
          switch generator.rng.integer(below: 4) {
          case 0: (Array("49".utf8), -325)  // 4.9e-324, the least subnormal
          case 1: (Array("24703282292062".utf8), -337)  // half of it: 0 or 4.9e-324
          case 2: (Array("22250738585072".utf8), -321)  // 2.2250738585072014e-308
          default: (Array("17976931348623".utf8), 295)  // 1.7976931348623157e308 and ∞
          }
        let extra = generator.rng.integer(below: 12)
        return generator.written(lead + generator.digits(extra), exponent: exponent - extra)
      })
    #expect(comparison.mismatches == [])
    #expect(comparison.answeredShare > 0.99)
  }

  @Test(
    "±0 and the named cases",
    arguments: [
      "0", "-0", "+0", "0.0", "-0.0", "0e0", "-0e-400", "0e400", "0.000", "-.0", "0.",
      "4.9e-324", "5e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
      "2.2250738585072014e-308", "2.2250738585072011e-308", "2.2250738585072013e-308",
      "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
      "1e308", "1e309", "1e-400", "1e400", "9007199254740993", "9007199254740992",
      "9007199254740994", "9007199254740995", "18014398509481985", "1e23", "8.98846567431158e307",
    ])
  func namedCases(text: String) {
    let comparison = ParserComparison([text])
    #expect(comparison.mismatches == [])
    #expect(comparison.answered == 1)
  }

  @Test("malformed text is never given a value (100 000 random, and the named ones)")
  func malformed() {
    // "1\u{0}" is 1 for Double(String) (C's strtod stops at the NUL); left to it.
    let named = [
      "", "-", "+", ".", "1e", "1e+", "--1", "1..2", " 1", "1 ", "0x1p3", "inf", "nan",
      "1_0", "١", "-.e1", ".e5", "1e5.", "1\u{0}", "Infinity", "e5", "+-1", "1.2.3",
    ]
    let comparison = ParserComparison(named + strings(100_000, seed: 6) { $0.garbage() })
    #expect(comparison.mismatches == [])
    #expect(ParserComparison(named).answered == 0)
  }

  @Test("the comparison catches a parser that trusts truncated digits (no w + 1 check)")
  func catchesAMissingTruncationCheck() {
    let trusting: (UnsafeBufferPointer<UInt8>) -> Double? = { text in
      guard let base = text.baseAddress,
        let (scanned, end) = DecimalParser.scan(base, from: 0, to: text.count),
        end == text.count
      else { return nil }
      var decimal = scanned
      decimal.isTruncated = false
      return DecimalParser.value(of: decimal)
    }
    // Just above an exact midpoint: the 19 digits kept are below it, so they round down.
    var generator = DecimalStrings(seed: 7)
    let aboveMidpoints = (0..<200).map { _ in
      let parts = exactMidpoint(above: abs(generator.rng.normal())).split(separator: "e")
      return String(parts[0]) + "1e\((parts.count > 1 ? Int(parts[1])! : 0) - 1)"
    }
    #expect(ParserComparison(aboveMidpoints).mismatches == [])
    #expect(ParserComparison(aboveMidpoints, parse: trusting).mismatches.count > 100)
  }

  @Test("the comparison catches Clinger's fast path widened to w ≤ 2⁵⁴ (double rounding)")
  func catchesAWidenedFastPath() {
    let widened: (UnsafeBufferPointer<UInt8>) -> Double? = { text in
      guard let base = text.baseAddress,
        let (decimal, end) = DecimalParser.scan(base, from: 0, to: text.count),
        end == text.count
      else { return nil }
      let (w, q) = (decimal.mantissa, decimal.exponent)
      if !decimal.isTruncated && w <= 1 << 54 && -22 <= q && q < 0 {
        return Double(w) / DecimalParser.exactPowersOfTen[-q]  // Double(w) may round
      }
      return DecimalParser.value(of: decimal)
    }
    let texts = strings(20_000, seed: 8) { generator in
      let w = UInt64(1 << 53) + UInt64(generator.rng.integer(below: 1 << 53))
      return "\(w)e-\(1 + generator.rng.integer(below: 22))"
    }
    #expect(ParserComparison(texts).mismatches == [])
    #expect(ParserComparison(texts, parse: widened).mismatches.count > 100)
  }
}
