import Foundation
import Testing

@testable import Regularization

@Suite("Level sets of penalties") struct PenaltyLevelSetTests {
  @Test("L1's is the diamond, L2's the circle, the elastic net's passes through its level")
  func shapes() throws {
    let diamond = try L1Penalty(lambda: 1).levelSet(1, count: 361)
    for (x, y) in zip(diamond.x, diamond.y) { #expect(abs(abs(x) + abs(y) - 1) < 1e-15) }
    #expect(abs(diamond.x[0] - 1) < 1e-15 && abs(diamond.y[90]) > 1 - 1e-15)
    let circle = try L2Penalty(lambda: 2).levelSet(1, count: 361)
    for (x, y) in zip(circle.x, circle.y) { #expect(abs(hypot(x, y) - 1) < 1e-15) }
    let elastic = try ElasticNetPenalty(alpha: 1, l1Ratio: 0.5)
    let set = elastic.levelSet(0.75, count: 361)
    for (x, y) in zip(set.x, set.y) {
      // Bisection to the last bit of r: P within a few ulps of 0.75.
      #expect(abs(0.5 * (abs(x) + abs(y)) + 0.25 * (x * x + y * y) - 0.75) < 1e-15)
    }
    // It passes through (1, 0); on the diagonal r solves ½·√2·r + ¼r² = ¾.
    #expect(abs(set.x[0] - 1) < 1e-15)
    let diagonal = hypot(set.x[45], set.y[45])
    #expect(abs(diagonal - (-sqrt(2) + sqrt(5))) < 1e-14)
  }

  @Test("is empty for a level ≤ 0")
  func empty() throws {
    #expect(try L1Penalty(lambda: 1).levelSet(0, count: 5).x.isEmpty)
  }
}
