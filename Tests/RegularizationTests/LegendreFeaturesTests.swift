import Testing

@testable import Regularization

@Suite("Legendre features")
struct LegendreFeaturesTests {
  @Test("P₀ … P₄ match their closed forms")
  func closedForms() throws {
    let x = [-1, -0.3, 0, 0.45, 1.0]
    let features = try legendreFeatures(x, degree: 4)
    for (i, t) in x.enumerated() {
      let expected = [
        1, t, (3 * t * t - 1) / 2, (5 * t * t * t - 3 * t) / 2,
        (35 * t * t * t * t - 30 * t * t + 3) / 8,
      ]
      for k in 0..<5 { #expect(abs(features[i, k] - expected[k]) <= 1e-15) }
    }
  }

  @Test("P_k(−x) = (−1)^k·P_k(x), and P_k(1) = 1")
  func parity() throws {
    let plus = try legendreFeatures([0.37, 1], degree: 9)
    let minus = try legendreFeatures([-0.37, -1], degree: 9)
    for k in 0...9 {
      let sign = k % 2 == 0 ? 1.0 : -1.0
      #expect(abs(minus[0, k] - sign * plus[0, k]) <= 1e-15)
      #expect(abs(plus[1, k] - 1) <= 1e-14)
    }
  }

  @Test("degree 0 is a column of ones; a negative degree is refused")
  func edges() throws {
    #expect(try legendreFeatures([2, 3], degree: 0).elements == [1, 1])
    #expect(throws: RegularizationError.self) { try legendreFeatures([1], degree: -1) }
  }
}
