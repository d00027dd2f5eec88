import Testing

@testable import Regularization

@Suite("Seeded generator: shuffles and permutations")
struct SeededGeneratorShuffleTests {
  @Test("permutation(n) contains each of 0..<n exactly once", arguments: [0, 1, 2, 10, 1000])
  func isPermutation(n: Int) {
    var rng = Xoshiro256StarStar(seed: UInt64(n))
    #expect(rng.permutation(n).sorted() == Array(0..<n))
  }

  @Test("shuffle keeps the same elements")
  func keepsElements() {
    var rng = Xoshiro256StarStar(seed: 1)
    var words = ["a", "b", "b", "c", "d", "e"]
    rng.shuffle(&words)
    #expect(words.sorted() == ["a", "b", "b", "c", "d", "e"])
  }

  @Test("the same seed gives the same permutation; another seed a different one")
  func determinism() {
    var a = Xoshiro256StarStar(seed: 4)
    var b = Xoshiro256StarStar(seed: 4)
    var c = Xoshiro256StarStar(seed: 5)
    let first = a.permutation(20)
    #expect(first == b.permutation(20))
    // Two independent permutations of 20 agree with probability 1/20! ≈ 4e-19.
    #expect(first != c.permutation(20))
  }

  @Test("all 6 orders of 3 elements are equally likely")
  func uniformOverOrders() {
    var rng = Xoshiro256StarStar(seed: 12)
    var counts: [[Int]: Int] = [:]
    for _ in 0..<60_000 { counts[rng.permutation(3), default: 0] += 1 }
    #expect(counts.count == 6)
    // 5 binomial standard errors: √(60000·(1/6)·(5/6)) = 91.3 (measured max deviation: 58).
    #expect(counts.values.allSatisfy { abs($0 - 10_000) < 5 * 92 })
  }
}
