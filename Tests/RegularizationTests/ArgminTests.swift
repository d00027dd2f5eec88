import Testing

@testable import Regularization

@Suite("First argmin and argmax") struct ArgminTests {
  @Test("the first index of the extreme value wins a tie")
  func ties() {
    #expect(firstArgmin([3, 1, 2, 1]) == 1)
    #expect(firstArgmax([1, 3, 3, 2]) == 1)
  }

  @Test("NaN never wins; an empty or all-NaN array has none")
  func nanAndEmpty() {
    #expect(firstArgmin([.nan, 2, 1]) == 2)
    #expect(firstArgmax([.nan, 2, 1]) == 1)
    #expect(firstArgmin([]) == nil)
    #expect(firstArgmin([.nan]) == nil)
  }
}
