import Foundation
import Testing

@testable import Regularization

@Suite("Symmetric 2 × 2 matrix") struct SymmetricMatrix2Tests {
  @Test("R(θ)·diag(λ₁, λ₂)·R(θ)ᵀ has eigenvalues λ₁, λ₂ along (cos θ, sin θ) and across it")
  func rotated() {
    for (angle, first, second) in [(0.5, 2.0, 0.3), (2.0, 0.7, 1.9), (Double.pi / 6, 1, 0.3)] {
      let m = SymmetricMatrix2.rotated(by: angle, eigenvalues: first, second)
      let (large, small) = m.eigenvalues
      // Closed forms of sums of products of order-one numbers: a few ulps.
      #expect(abs(large - max(first, second)) < 1e-15 && abs(small - min(first, second)) < 1e-15)
      let along = [cos(angle), sin(angle)]
      let image = m.times(along)
      #expect(abs(image[0] - first * along[0]) < 1e-15 && abs(image[1] - first * along[1]) < 1e-15)
      for (value, vector) in [(large, m.eigenvectors.larger), (small, m.eigenvectors.smaller)] {
        let product = m.times(vector)
        #expect(abs(product[0] - value * vector[0]) < 1e-15)
        #expect(abs(product[1] - value * vector[1]) < 1e-15)
        #expect(abs(vector[0] * vector[0] + vector[1] * vector[1] - 1) < 1e-15)
      }
    }
  }

  @Test("solve inverts times; the quadratic form is vᵀMv; shifted adds μ to the diagonal")
  func algebra() {
    let m = SymmetricMatrix2(a: 3, b: -1, d: 2)
    #expect(m.determinant == 5 && m.isPositiveDefinite)
    let v = [0.7, -1.3]
    let back = m.solve(m.times(v))
    #expect(abs(back[0] - v[0]) < 1e-15 && abs(back[1] - v[1]) < 1e-15)
    #expect(abs(m.quadraticForm(v) - (3 * 0.49 - 2 * 0.7 * -1.3 + 2 * 1.69)) < 1e-14)
    #expect(m.shifted(by: 0.5) == SymmetricMatrix2(a: 3.5, b: -1, d: 2.5))
    #expect(!SymmetricMatrix2(a: 1, b: 2, d: 1).isPositiveDefinite)  // eigenvalues 3 and −1
  }
}
