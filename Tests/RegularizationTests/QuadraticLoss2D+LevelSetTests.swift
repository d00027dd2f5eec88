import Testing

@testable import Regularization

@Suite("Level sets of a quadratic loss") struct QuadraticLoss2DLevelSetTests {
  @Test("every point has f = level, and the curve is closed")
  func onLevel() {
    for loss in randomQuadratics(seed: 21, count: 10) {
      let set = loss.levelSet(0.7, count: 101)
      #expect(set.x.count == 101 && set.y.count == 101)
      for (x, y) in zip(set.x, set.y) {
        // Points of size ~10 squared and weighted: rounding ≤ 1e-14; measured 3e-15.
        #expect(abs(plainLoss(loss, x, y) - 0.7) < 1e-12)
      }
      #expect(abs(set.x[0] - set.x[100]) < 1e-12 && abs(set.y[0] - set.y[100]) < 1e-12)
    }
  }

  @Test("is empty for a level ≤ 0")
  func empty() {
    let loss = randomQuadratics(seed: 22, count: 1)[0]
    #expect(loss.levelSet(0, count: 10).x.isEmpty)
    #expect(loss.levelSet(1, count: 1).x.isEmpty)
  }
}
