import Testing

@testable import Figures

@Suite("Axis map") struct AxisMapTests {
  // Tolerance for pixel positions: a few roundings of doubles of size ~100.
  let tolerance = 1e-9

  @Test("the domain's ends land on the given pixels and the middle halfway")
  func linear() throws {
    let map = AxisMap(
      axis: Axis(), ticks: Ticks.linear(lower: 0, upper: 10), pixels: (100, 300))
    #expect(try abs(#require(map.position(0)) - 100) < tolerance)
    #expect(try abs(#require(map.position(10)) - 300) < tolerance)
    #expect(try abs(#require(map.position(5)) - 200) < tolerance)
  }

  @Test("on a log axis each decade takes the same length")
  func log() throws {
    let map = AxisMap(
      axis: Axis(scale: .log), ticks: Ticks.log(lower: 1, upper: 100), pixels: (0, 200))
    #expect(try abs(#require(map.position(10)) - 100) < tolerance)
    #expect(map.position(0) == nil)
    #expect(map.position(-1) == nil)
  }

  @Test("a reversed axis swaps the ends")
  func reversed() throws {
    let map = AxisMap(
      axis: Axis(isReversed: true), ticks: Ticks.linear(lower: 0, upper: 10), pixels: (100, 300))
    #expect(try abs(#require(map.position(0)) - 300) < tolerance)
  }

  @Test("non-finite values have no position")
  func gaps() {
    let map = AxisMap(axis: Axis(), ticks: Ticks.linear(lower: 0, upper: 1), pixels: (0, 1))
    #expect(map.position(.nan) == nil)
    #expect(map.position(-.infinity) == nil)
  }
}
