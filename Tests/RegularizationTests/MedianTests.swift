import Testing

@testable import Regularization

@Suite("Median") struct MedianTests {
  @Test("the middle value, or the mean of the two middle ones; NaN when empty or with a NaN")
  func median() {
    #expect(Regularization.median([3, 1, 2]) == 2)
    #expect(Regularization.median([4, 1, 3, 2]) == 2.5)
    #expect(Regularization.median([]).isNaN)
    #expect(Regularization.median([1, .nan, 2]).isNaN)
  }
}
