import Testing

@testable import Regularization

/// The smallest Σ|r_i| over every line through two data points with distinct x: the L1
/// optimum, since a minimizer of this piecewise-linear convex loss sits at such a vertex.
func bruteForceLeastAbsolute(x: [Double], y: [Double]) -> Double {
  var best = Double.infinity
  for i in x.indices {
    for j in x.indices where j > i && x[j] != x[i] {
      let slope = (y[j] - y[i]) / (x[j] - x[i])
      let intercept = y[i] - slope * x[i]
      var loss = 0.0
      for k in x.indices { loss += abs(intercept + slope * x[k] - y[k]) }
      best = min(best, loss)
    }
  }
  return best
}

@Suite("Robust line fit: least absolute deviations")
struct RobustLineFitLeastAbsoluteTests {
  @Test(
    "reaches the smallest loss over all lines through two points",
    arguments: [(1, 0), (2, 4), (3, 10), (4, 0), (5, 20)] as [(UInt64, Int)])
  func matchesBruteForce(seed: UInt64, outliers: Int) throws {
    let (x, y) = noisyLine(seed: seed, count: 50, outliers: outliers)
    let fit = try RobustLineFit.leastAbsoluteDeviations(x: x, y: y)
    let best = bruteForceLeastAbsolute(x: x, y: y)
    // Same vertex, losses summed in another order: measured ≤ 1e-14 relative.
    #expect(abs(fit.totalLoss(L1Loss(), x: x, y: y) - best) <= 1e-12 * best)
    #expect(fit.iterations >= 1 && fit.iterations < 50)
  }

  @Test("passes through two data points and leaves half the weight on each side")
  func vertex() throws {
    let (x, y) = noisyLine(seed: 11, count: 31, outliers: 3)
    let fit = try RobustLineFit.leastAbsoluteDeviations(x: x, y: y)
    let r = fit.residuals(x: x, y: y)
    // Rounding of a + b·x − y with values ~30: measured ≤ 4e-15.
    #expect(r.count(where: { abs($0) < 1e-12 }) == 2)
    // With an intercept, 0 ∈ Σ sign(r_i) + [−2, 2]: the signs balance within 2.
    let balance = r.filter { abs($0) >= 1e-12 }.reduce(0) { $0 + sign($1) }
    #expect(abs(balance) <= 2)
  }

  @Test("finds the exact line when most points are collinear (several zero residuals)")
  func degenerate() throws {
    // Five points on y = 3 − x, two far off it: the answer is that line, loss 40 + 25.
    let x = [0.0, 1, 2, 3, 4, 1.5, 2.5]
    let y = [3.0, 2, 1, 0, -1, 40 + 1.5, -25 + 0.5]
    let fit = try RobustLineFit.leastAbsoluteDeviations(x: x, y: y)
    #expect(fit.slope == -1)
    #expect(fit.intercept == 3)
    #expect(fit.totalLoss(L1Loss(), x: x, y: y) == 65)
  }

  @Test("pivots about a third point on the line when the two defining points are stuck")
  func thirdPointOnTheLine() throws {
    // Found by search: pivoting only about the newest point stops at the line y = 3 − x
    // (loss 7.0), which passes through four points; the optimum is 6.5.
    let x = [1.0, 1, 1, 3, 3, 2, 0, 2]
    let y = [0.0, 2, 2, 1, 3, 1, 3, 0]
    let fit = try RobustLineFit.leastAbsoluteDeviations(x: x, y: y)
    #expect(bruteForceLeastAbsolute(x: x, y: y) == 6.5)
    #expect(abs(fit.totalLoss(L1Loss(), x: x, y: y) - 6.5) < 1e-12)  // sums of halves: exact
  }

  @Test("matches brute force on 2000 small integer data sets, full of ties and collinear points")
  func integerGrids() throws {
    var generator = Xoshiro256StarStar(seed: 2024)
    var checked = 0
    while checked < 2000 {
      let n = 5 + generator.integer(below: 4)
      let x = (0..<n).map { _ in Double(generator.integer(below: 4)) }
      let y = (0..<n).map { _ in Double(generator.integer(below: 4)) }
      guard Set(x).count >= 2 else { continue }
      checked += 1
      let fit = try RobustLineFit.leastAbsoluteDeviations(x: x, y: y)
      let best = bruteForceLeastAbsolute(x: x, y: y)
      // Losses are sums of fractions with small denominators: rounding ~1e-15.
      #expect(fit.totalLoss(L1Loss(), x: x, y: y) <= best + 1e-9, "x = \(x), y = \(y)")
      #expect(fit.absoluteLossDescentRate(x: x, y: y) >= -1e-9, "x = \(x), y = \(y)")
    }
  }

  @Test("two points: the line through them; repeated x values are handled")
  func smallCases() throws {
    let two = try RobustLineFit.leastAbsoluteDeviations(x: [1, 3], y: [2, 8])
    #expect(two.slope == 3 && two.intercept == -1)
    // Pairs at equal x: the L1 line passes between each pair; brute force agrees.
    let x = [0.0, 0, 1, 1, 2, 2, 3, 3]
    let y = [0.0, 2, 1, 4, 2, 3, 3, 9]
    let fit = try RobustLineFit.leastAbsoluteDeviations(x: x, y: y)
    let best = bruteForceLeastAbsolute(x: x, y: y)
    #expect(abs(fit.totalLoss(L1Loss(), x: x, y: y) - best) <= 1e-12 * best)
  }

  @Test("ignores how far the outliers are: moving them further does not move the line")
  func robustToOutlierSize() throws {
    let (x, y) = noisyLine(seed: 5, count: 40, outliers: 4)
    let further = y.indices.map { $0 >= 36 ? y[$0] + 1000 : y[$0] }
    let near = try RobustLineFit.leastAbsoluteDeviations(x: x, y: y)
    let far = try RobustLineFit.leastAbsoluteDeviations(x: x, y: further)
    // The outliers stay above the line, so Σ sign(r_i)·(1, x_i) is unchanged: same vertex.
    #expect(near.slope == far.slope && near.intercept == far.intercept)
  }
}
