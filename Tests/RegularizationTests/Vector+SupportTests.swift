import Testing

@testable import Regularization

@Suite("Vector support") struct VectorSupportTests {
  @Test("non-zero indices and zero count see exact zeros, −0 included, and nothing else")
  func support() {
    let v = [0, 1e-300, -0.0, -2, 0]
    #expect(nonZeroIndices(v) == [1, 3])
    #expect(zeroCount(v) == 3)
    #expect(nonZeroIndices([]) == [] && zeroCount([]) == 0)
  }

  @Test("smallest magnitude and root mean square on hand-computed vectors") func magnitudes() {
    #expect(smallestMagnitude([3, -0.5, 2]) == 0.5)
    #expect(smallestMagnitude([]).isNaN)
    // √((9 + 16)/2) = √12.5.
    #expect(rootMeanSquare([3, -4]) == (12.5).squareRoot())
    #expect(rootMeanSquare([]).isNaN)
  }
}
