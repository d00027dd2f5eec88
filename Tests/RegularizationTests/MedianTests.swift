import Testing

@testable import Regularization

@Suite("Median")
struct MedianTests {
  @Test("odd count: the middle; even count: the mean of the two middle; empty: NaN")
  func median() {
    #expect(Regularization.median([3, 1, 2]) == 2)
    #expect(Regularization.median([4, 1, 3, 2]) == 2.5)
    #expect(Regularization.median([]).isNaN)
  }
}
