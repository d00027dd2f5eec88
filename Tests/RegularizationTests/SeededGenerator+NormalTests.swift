import Foundation
import Testing

@testable import Regularization

@Suite("Seeded generator: normal draws")
struct SeededGeneratorNormalTests {
  @Test("100k normals have mean 0 and variance 1", arguments: [UInt64(1), 2, 3])
  func moments(seed: UInt64) {
    var rng = Xoshiro256StarStar(seed: seed)
    let n = 100_000
    let z = rng.normals(count: n)
    let m = mean(z)
    let variance = z.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(n)
    // 5 standard errors: SE(mean) = 1/√n = 3.2e-3, SE(var) = √(2/n) = 4.5e-3. Measured over
    // these seeds: at most 3.4e-3 and 4.8e-3 (about 1 SE).
    #expect(abs(m) < 5 * 3.2e-3)
    #expect(abs(variance - 1) < 5 * 4.5e-3)
  }

  @Test("the share within one and two standard deviations is 68.27% and 95.45%")
  func tailShares() {
    var rng = Xoshiro256StarStar(seed: 17)
    let n = 100_000
    let z = rng.normals(count: n)
    let within1 = Double(z.filter { abs($0) < 1 }.count) / Double(n)
    let within2 = Double(z.filter { abs($0) < 2 }.count) / Double(n)
    // Exact: erf(1/√2) and erf(√2). 5 binomial SEs: √(p(1−p)/n) = 1.5e-3 and 6.6e-4
    // (measured deviations: 6.4e-4 and 9.9e-4).
    #expect(abs(within1 - erf(1 / 2.0.squareRoot())) < 5 * 1.5e-3)
    #expect(abs(within2 - erf(2.0.squareRoot())) < 5 * 6.6e-4)
  }

  @Test("is the Box–Muller cosine branch √(−2 ln u₁)·cos(2πu₂) with u₁ = 1 − uniform()")
  func boxMullerFormula() {
    // next() = 2⁶³ gives uniform() = 1/2, so u₁ = 1/2; next() = 0 gives u₂ = 0.
    var rng = ScriptedGenerator(outputs: [1 << 63, 0])
    #expect(rng.normal() == (2 * log(2.0)).squareRoot())
    // next() = 0 gives u₁ = 1, so z = 0 whatever u₂.
    var zero = ScriptedGenerator(outputs: [0, 12345])
    #expect(zero.normal() == 0)
  }

  @Test("each normal consumes exactly two 64-bit outputs, so the stream is predictable")
  func consumesTwoOutputs() {
    var a = Xoshiro256StarStar(seed: 8)
    var b = a
    for _ in 0..<100 { _ = a.normal() }
    for _ in 0..<200 { _ = b.next() }
    #expect(a == b)
  }

  @Test("normal(mean:standardDeviation:) is mean + standardDeviation·z on the same stream")
  func shiftedAndScaled() {
    var a = Xoshiro256StarStar(seed: 9)
    var b = a
    for _ in 0..<100 {
      #expect(a.normal(mean: 50, standardDeviation: 3) == 50 + 3 * b.normal())
    }
  }
}
