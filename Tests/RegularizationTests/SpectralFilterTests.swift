import Foundation
import Testing

@testable import Regularization

@Suite("Spectral filters: gradient descent vs ridge") struct SpectralFilterTests {
  let x = randomMatrix(rows: 12, columns: 6, seed: 21)
  let y = randomMatrix(rows: 12, columns: 1, seed: 22).elements

  @Test("the filter 1 − (1 − ηd)ᵗ reproduces running gradient descent from 0")
  func gradientDescentIterate() throws {
    let filter = try SpectralFilter(features: x, targets: y)
    let eta = 1 / filter.eigen.values[0]
    let n = 12.0
    var gram = x.gram()
    for k in gram.elements.indices { gram.elements[k] /= n }
    let c = x.transposeMultiplied(by: y).map { $0 / n }
    let g = gram
    for steps in [1, 7, 50] {
      let run = try GradientDescent(learningRate: eta, steps: steps)
        .minimize(from: Array(repeating: 0, count: 6)) { w in subtracting(g.multiplied(by: w), c) }
      // Two exact formulas in different orders of operation: measured ≤ 4e-16.
      #expect(
        maxAbsDifference(filter.gradientDescentCoefficients(learningRate: eta, steps: steps), run)
          <= 1e-12)
    }
  }

  @Test("the filter d/(d + λ) reproduces the ridge solution (XᵀX/n + λI)⁻¹Xᵀy/n")
  func ridgeSolution() throws {
    let filter = try SpectralFilter(features: x, targets: y)
    let n = 12.0
    for lambda in [0.01, 1.0] {
      var system = x.gram()
      for k in system.elements.indices { system.elements[k] /= n }
      for j in 0..<6 { system[j, j] += lambda }
      let reference = try Cholesky(system).solve(x.transposeMultiplied(by: y).map { $0 / n })
      #expect(maxAbsDifference(filter.ridgeCoefficients(lambda: lambda), reference) <= 1e-12)
    }
  }

  @Test("the filters agree to first order at λ = 1/(η·t) and differ by at most ~30 % in between")
  func filtersAgreeToFirstOrder() {
    let eta = 0.1
    let t = 1000
    let lambda = 1 / (eta * Double(t))
    for u in [1e-3, 0.01] {
      let d = u / (eta * Double(t))
      let gd = SpectralFilter.gradientDescent(eigenvalue: d, learningRate: eta, steps: t)
      let ridge = SpectralFilter.ridge(eigenvalue: d, lambda: lambda)
      // Both are u + O(u²): relative gap ≈ u/2.
      #expect(abs(gd / ridge - 1) <= u)
    }
    // The continuous-time worst case, max over u of (1 − e⁻ᵘ)(1 + u)/u − 1, is 0.298.
    let worst =
      stride(from: 0.01, through: 20, by: 0.01).map { u -> Double in
        let d = u / (eta * Double(t))
        return SpectralFilter.gradientDescent(eigenvalue: d, learningRate: eta, steps: t)
          / SpectralFilter.ridge(eigenvalue: d, lambda: lambda) - 1
      }.max() ?? .nan
    #expect(abs(worst - 0.298) < 0.005)
  }
}
