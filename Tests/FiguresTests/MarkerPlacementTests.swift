import Testing

@testable import Figures

@Suite("Marker placement") struct MarkerPlacementTests {
  @Test("automatic marks every point of a short series")
  func automaticShort() {
    #expect(MarkerPlacement.automatic.indices(count: 25, seriesIndex: 3) == Array(0..<25))
  }

  @Test("automatic marks about 12 points of a long series, staggered by series")
  func automaticLong() {
    let first = MarkerPlacement.automatic.indices(count: 100, seriesIndex: 0)
    let second = MarkerPlacement.automatic.indices(count: 100, seriesIndex: 1)
    #expect((10...13).contains(first.count))
    #expect(first.first == 0 && second.first != 0)
  }

  @Test("every(k) marks every k-th point from the first; all and none do what they say")
  func explicit() {
    #expect(MarkerPlacement.every(3).indices(count: 10, seriesIndex: 5) == [0, 3, 6, 9])
    #expect(MarkerPlacement.every(0).indices(count: 3, seriesIndex: 0) == [0, 1, 2])
    #expect(MarkerPlacement.all.indices(count: 4, seriesIndex: 0) == [0, 1, 2, 3])
    #expect(MarkerPlacement.none.indices(count: 4, seriesIndex: 0).isEmpty)
  }
}
