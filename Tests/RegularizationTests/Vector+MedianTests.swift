import Testing

@testable import Regularization

@Suite("Median") struct VectorMedianTests {
  @Test("the middle value, or the mean of the two middle values; NaN when empty")
  func median() {
    #expect(Regularization.median([3, 1, 2]) == 2)
    #expect(Regularization.median([4, 1, 3, 2]) == 2.5)
    #expect(Regularization.median([]).isNaN)
  }
}
