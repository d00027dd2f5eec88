import Testing

@testable import Regularization

@Suite("Dropout: inverted and classic")
struct DropoutTests {
  @Test("q = 1 and q < 0 are refused with the rate named; q = 0 is the identity")
  func rates() throws {
    #expect(throws: RegularizationError.self) { try Dropout(rate: 1) }
    #expect(throws: RegularizationError.self) { try Dropout(rate: -0.1) }
    #expect(throws: RegularizationError.self) { try Dropout(rate: .nan) }
    do {
      _ = try Dropout(rate: 1)
    } catch {
      #expect(error.description.contains("nothing is kept"))
    }
    let identity = try Dropout(rate: 0)
    var generator = Xoshiro256StarStar(seed: 1)
    let h = [0.5, -2, 3]
    #expect(identity.apply(h, mode: .training, using: &generator) == h)
    #expect(generator == Xoshiro256StarStar(seed: 1))  // no randomness consumed
  }

  @Test("inverted: kept units scaled by 1/(1 − q), evaluation untouched")
  func inverted() throws {
    let dropout = try Dropout(rate: 0.75)
    #expect(dropout.trainingScale == 4)
    #expect(dropout.evaluationScale == 1)
    var generator = Xoshiro256StarStar(seed: 2)
    let mask = dropout.mask(count: 10_000, using: &generator)
    #expect(mask.allSatisfy { $0 == 0 || $0 == 4 })
    let kept = Double(mask.filter { $0 != 0 }.count) / 10_000
    // Binomial(10⁴, 0.25): standard deviation 0.0043; 0.02 is more than 4 of them.
    #expect(abs(kept - 0.25) < 0.02)
  }

  @Test("classic: kept units unscaled in training, everything scaled by 1 − q at evaluation")
  func classic() throws {
    let dropout = try Dropout(rate: 0.2, form: .classic)
    #expect(dropout.trainingScale == 1)
    #expect(dropout.evaluationScale == 0.8)
    var generator = Xoshiro256StarStar(seed: 3)
    #expect(dropout.apply([1, 2], mode: .evaluation, using: &generator) == [0.8, 1.6])
    #expect(generator == Xoshiro256StarStar(seed: 3))
  }

  @Test("masks are the seeded generator's: the same seed, the same mask")
  func deterministic() throws {
    let dropout = try Dropout(rate: 0.5)
    var a = Xoshiro256StarStar(seed: 4)
    var b = Xoshiro256StarStar(seed: 4)
    #expect(dropout.mask(count: 50, using: &a) == dropout.mask(count: 50, using: &b))
  }
}
