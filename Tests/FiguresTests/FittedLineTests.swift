import Foundation
import Testing

@testable import Figures

@Suite("Fitted lines") struct FittedLineTests {
  @Test("a straight line on linear axes is its two ends")
  func twoEnds() {
    let line = FittedLine(name: "fit", slope: 2, intercept: 1)
    let drawn = line.polyline(from: 0, to: 10, xScale: .linear, yScale: .linear)
    #expect(drawn.x == [0, 10] && drawn.y == [1, 21])
  }

  @Test("on a log x axis it is sampled evenly in log₁₀ x and stays on y = a·x + b")
  func logX() {
    let line = FittedLine(name: "fit", slope: 2, intercept: 1)
    let drawn = line.polyline(from: 0.01, to: 100, xScale: .log, yScale: .linear)
    #expect(drawn.x.count == 200)
    for (x, y) in zip(drawn.x, drawn.y) {
      // Tolerance: one multiply-add at values up to 201, relative 1e-15.
      #expect(abs(y - (2 * x + 1)) < 1e-12)
    }
    // Tolerance: pow and log10 round-trip, relative ~1e-15 at 100.
    #expect(abs(drawn.x[199] - 100) < 1e-12)
  }

  @Test("on a log y axis it is sampled evenly in x")
  func logY() {
    let drawn = FittedLine(name: "f", slope: 1, intercept: 1)
      .polyline(from: 0, to: 1, xScale: .linear, yScale: .log)
    #expect(drawn.x.count == 200)
  }

  @Test("a line given by points is drawn through them")
  func points() {
    let line = FittedLine(name: "curve", x: [1, 2, 3], y: [1, 4, 9])
    let drawn = line.polyline(from: 0, to: 10, xScale: .linear, yScale: .linear)
    #expect(drawn.x == [1, 2, 3] && drawn.y == [1, 4, 9])
  }
}
