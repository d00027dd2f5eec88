import Testing

@testable import Regularization

private struct Failure: Error, Equatable { let index: Int }

@Suite("Concurrent map") struct ConcurrentMapTests {
  @Test("results come back in index order, as a sequential map gives them")
  func keepsOrder() {
    let squares = concurrentMap(1000) { $0 * $0 }
    #expect(squares == (0..<1000).map { $0 * $0 })
    #expect(concurrentMap(0) { $0 }.isEmpty)
  }

  @Test("the error of the smallest failing index is the one rethrown")
  func firstErrorWins() {
    #expect(throws: Failure(index: 3)) {
      try concurrentMap(100) { (index: Int) throws(Failure) -> Int in
        if index == 3 || index == 50 || index == 99 { throw Failure(index: index) }
        return index
      }
    }
  }
}
