import Foundation
import Testing

@testable import Regularization

@Suite("Noisy sine") struct NoisySineTests {
  @Test("inputs are sorted in [0, 1); without noise the targets are sin(2πx)")
  func noiselessCurve() throws {
    var rng = Xoshiro256StarStar(seed: 1)
    let (x, y) = try NoisySine.sample(count: 50, noise: 0, using: &rng)
    #expect(x == x.sorted())
    #expect(x.allSatisfy { $0 >= 0 && $0 < 1 })
    #expect(zip(x, y).allSatisfy { $1 == sin(2 * Double.pi * $0) })
  }

  @Test("the residuals have about the requested standard deviation")
  func noiseLevel() throws {
    var rng = Xoshiro256StarStar(seed: 2)
    let (x, y) = try NoisySine.sample(count: 4000, noise: 0.3, using: &rng)
    let residuals = zip(x, y).map { $1 - NoisySine.curve($0) }
    let sd = (residuals.map { $0 * $0 }.reduce(0, +) / 4000).squareRoot()
    // Standard error of a standard deviation from 4000 draws: 0.3/√8000 ≈ 0.0034.
    #expect(abs(sd - 0.3) < 0.015)
  }

  @Test("rejects a negative noise")
  func rejectsNegativeNoise() {
    var rng = Xoshiro256StarStar(seed: 3)
    #expect(throws: RegularizationError.self) {
      try NoisySine.sample(count: 3, noise: -1, using: &rng)
    }
  }
}
