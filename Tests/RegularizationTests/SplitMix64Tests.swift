import Testing

@testable import Regularization

@Suite("SplitMix64")
struct SplitMix64Tests {
  // Reference values: Vigna's splitmix64.c compiled with gcc (the C program is in
  // Xoshiro256StarStarTests.swift). The seed-1234567 values are also the ones published on
  // Rosetta Code ("Pseudo-random numbers/Splitmix64").
  @Test("reproduces the reference C code's first five outputs for seed 1234567")
  func referenceSeed1234567() {
    var rng = SplitMix64(seed: 1_234_567)
    let expected: [UInt64] = [
      6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
      4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
    ]
    #expect((0..<5).map { _ in rng.next() } == expected)
  }

  @Test("reproduces the reference C code's first five outputs for seed 0")
  func referenceSeed0() {
    var rng = SplitMix64(seed: 0)
    let expected: [UInt64] = [
      16_294_208_416_658_607_535, 7_960_286_522_194_355_700, 487_617_019_471_545_679,
      17_909_611_376_780_542_444, 1_961_750_202_426_094_747,
    ]
    #expect((0..<5).map { _ in rng.next() } == expected)
  }

  @Test("the same seed replays the same stream, and a copy continues it identically")
  func determinism() {
    var a = SplitMix64(seed: 42)
    var b = SplitMix64(seed: 42)
    #expect((0..<1000).map { _ in a.next() } == (0..<1000).map { _ in b.next() })
    var copy = a
    #expect(copy.next() == a.next())
  }

  @Test("nearby seeds give unrelated streams")
  func nearbySeedsDiffer() {
    var a = SplitMix64(seed: 1)
    var b = SplitMix64(seed: 2)
    let first = (0..<100).map { _ in a.next() }
    let second = (0..<100).map { _ in b.next() }
    #expect(Set(first).isDisjoint(with: second))
  }
}
