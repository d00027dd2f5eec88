import Testing

@testable import Regularization

@Suite("Soft thresholding") struct SoftThresholdTests {
  @Test("maps every input in [−λ, λ] to exactly zero", arguments: [-0.5, -0.1, 0, 0.3, 0.5])
  func zeroesSmallInputs(z: Double) { #expect(softThreshold(z, by: 0.5) == 0) }

  @Test("shrinks larger inputs toward zero by exactly λ", arguments: [(2.0, 1.5), (-2.0, -1.5)])
  func shrinks(z: Double, expected: Double) { #expect(softThreshold(z, by: 0.5) == expected) }

  @Test("is the argmin of ½(x − z)² + λ|x| (checked against a fine grid)") func isProximal() {
    for z in stride(from: -2.0, through: 2.0, by: 0.37) {
      let grid = stride(from: -3.0, through: 3.0, by: 1e-4)
      let best = grid.min { a, b in
        0.5 * (a - z) * (a - z) + 0.7 * abs(a) < 0.5 * (b - z) * (b - z) + 0.7 * abs(b)
      }!
      #expect(abs(softThreshold(z, by: 0.7) - best) <= 1e-4)  // the grid step
    }
  }
}
