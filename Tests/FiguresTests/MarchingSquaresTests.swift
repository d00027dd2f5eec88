import Foundation
import Testing

@testable import Figures

@Suite("Marching squares") struct MarchingSquaresTests {
  static let axis = (0...20).map { -1 + Double($0) / 10 }

  @Test("the level set of x² + y² = r² is one closed line whose points lie at radius r")
  func circle() throws {
    let grid = Grid2D(x: MarchingSquaresTests.axis, y: MarchingSquaresTests.axis) {
      $0 * $0 + $1 * $1
    }
    let lines = MarchingSquares.lines(grid, level: 0.49)
    #expect(lines.count == 1)
    let line = try #require(lines.first)
    #expect(line.first?.x == line.last?.x && line.first?.y == line.last?.y)
    // Linear interpolation of r² on a 0.1 grid is off by at most h²/4 / (2r) ≈ 0.002.
    for point in line { #expect(abs(hypot(point.x, point.y) - 0.7) < 0.005) }
  }

  @Test("a NaN cell breaks the line; a level outside the data draws nothing")
  func gaps() {
    var grid = Grid2D(x: MarchingSquaresTests.axis, y: MarchingSquaresTests.axis) { x, _ in x }
    #expect(MarchingSquares.lines(grid, level: 5).isEmpty)
    #expect(MarchingSquares.lines(grid, level: 0.05).count == 1)
    grid.values[10][10] = .nan
    #expect(MarchingSquares.lines(grid, level: 0.05).count == 2)
  }

  @Test("an empty or one-row grid has no lines")
  func empty() {
    #expect(MarchingSquares.lines(Grid2D(x: [], y: [], values: []), level: 0).isEmpty)
    #expect(MarchingSquares.lines(Grid2D(x: [0, 1], y: [0]) { $0 + $1 }, level: 0.5).isEmpty)
  }
}
