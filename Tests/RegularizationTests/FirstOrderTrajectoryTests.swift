import Testing

@testable import Regularization

@Suite("First-order trajectory loop") struct FirstOrderTrajectoryTests {
  @Test("keeps w_0 … w_K and passes k = 1 … K")
  func keepsEveryIterate() throws {
    var seen: [Int] = []
    let path = try firstOrderTrajectory(from: [1, 2], columns: 2, iterations: 3) { k, w in
      seen.append(k)
      w = w.map { $0 * 2 }
    }
    #expect(path == [[1, 2], [2, 4], [4, 8], [8, 16]])
    #expect(seen == [1, 2, 3])
    #expect(
      try firstOrderTrajectory(from: nil, columns: 3, iterations: 0) { _, _ in } == [[0, 0, 0]])
  }

  @Test("a start of the wrong length or with NaN is rejected")
  func rejectsBadStart() {
    #expect(throws: RegularizationError.self) {
      try firstOrderTrajectory(from: [1], columns: 2, iterations: 1) { _, _ in }
    }
    #expect(throws: RegularizationError.nonFinite(what: "starting coefficients")) {
      try checkStart([.nan], columns: 1)
    }
  }
}
