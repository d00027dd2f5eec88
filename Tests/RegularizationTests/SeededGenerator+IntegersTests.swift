import Testing

@testable import Regularization

@Suite("Seeded generator: integers below n")
struct SeededGeneratorIntegersTests {
  @Test(
    "integer(below: n) always lies in 0..<n",
    arguments: [1, 2, 3, 7, 10, 1000, 1 << 40, Int.max])
  func staysInRange(n: Int) {
    var rng = Xoshiro256StarStar(seed: UInt64(n % 1000))
    #expect((0..<10_000).allSatisfy { _ in (0..<n).contains(rng.integer(below: n)) })
  }

  @Test("integer(below: 10) hits each value 1/10 of the time over 100k draws")
  func uniformCounts() {
    var rng = Xoshiro256StarStar(seed: 2024)
    var counts = [Int](repeating: 0, count: 10)
    for _ in 0..<100_000 { counts[rng.integer(below: 10)] += 1 }
    // 5 binomial standard errors: √(100000·0.1·0.9) = 94.9; measured max deviation 185.
    #expect(counts.allSatisfy { abs($0 - 10_000) < 5 * 95 })
  }

  @Test("the result is the high word of next()·n when the low word is accepted")
  func multiplyHighWord() {
    let x: UInt64 = 0xdead_beef_cafe_f00d
    var rng = ScriptedGenerator(outputs: [x])
    #expect(rng.integer(below: 1000) == Int(x.multipliedFullWidth(by: 1000).high))
  }

  @Test("a draw in the biased zone is rejected and redrawn (Lemire's rejection step)")
  func rejectsBiasedZone() {
    // For n = 3 the rejection threshold is (2⁶⁴ − 3) mod 3 = 1, so only x = 0 (low word 0)
    // is rejected; the draw must then come from the second output.
    let second: UInt64 = 0x8000_0000_0000_0000
    var rng = ScriptedGenerator(outputs: [0, second])
    #expect(rng.integer(below: 3) == Int(second.multipliedFullWidth(by: 3).high))
    #expect(rng.position == 2)
  }
}
