import Foundation
import Testing

@testable import Regularization

@Suite("Grids") struct GridsTests {
  @Test("linearSpace includes both ends exactly, like numpy.linspace") func linear() {
    #expect(linearSpace(from: 0, to: 1, count: 5) == [0, 0.25, 0.5, 0.75, 1])
    #expect(linearSpace(from: 0.1, to: 0.7, count: 7).last == 0.7)
    #expect(linearSpace(from: 2, to: 3, count: 1) == [2])
    #expect(linearSpace(from: 2, to: 3, count: 0).isEmpty)
  }

  @Test("logSpace is evenly spaced in log10 with the ends to within one rounding")
  func logarithmic() {
    let values = logSpace(from: 1e-3, to: 10, count: 5)
    for (value, exponent) in zip(values, [-3.0, -2, -1, 0, 1]) {
      // pow(10, k) for integer k is exact or within 1 ulp.
      #expect(abs(value / pow(10, exponent) - 1) <= 2 * Double.ulpOfOne)
    }
  }
}
