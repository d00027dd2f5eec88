import Testing

@testable import Regularization

@Suite("Proportion") struct ProportionTests {
  @Test("p̂ = k/n, SE = √(p̂(1 − p̂)/n), 95 % interval p̂ ± 1.96·SE")
  func values() throws {
    let p = try Proportion(successes: 1278, trials: 2000)
    #expect(p.fraction == 0.639)
    // √(0.639·0.361/2000) = 0.010740…: one rounding in each operation.
    #expect(abs(p.standardError - (0.639 * 0.361 / 2000).squareRoot()) < 1e-17)
    #expect(abs(p.interval95.lowerBound - (0.639 - 1.96 * p.standardError)) < 1e-16)
    let none = try Proportion(successes: 0, trials: 2000)
    #expect(none.standardError == 0 && none.interval95 == 0...0)
  }

  @Test("rejects no trials and counts outside 0…n")
  func validation() {
    #expect(throws: RegularizationError.self) { try Proportion(successes: 0, trials: 0) }
    #expect(throws: RegularizationError.self) { try Proportion(successes: 3, trials: 2) }
    #expect(throws: RegularizationError.self) { try Proportion(successes: -1, trials: 2) }
  }
}
