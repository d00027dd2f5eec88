import Testing

@testable import Regularization

/// n points near y = 1 + 2x, x ~ U(0, 10), noise N(0, 1); the last `outliers` raised by 30.
func noisyLine(seed: UInt64, count: Int = 40, outliers: Int = 0) -> (x: [Double], y: [Double]) {
  var generator = Xoshiro256StarStar(seed: seed)
  let x = (0..<count).map { _ in generator.uniform(in: 0..<10) }
  let y = x.indices.map { i in
    1 + 2 * x[i] + generator.normal() + (i >= count - outliers ? 30 : 0)
  }
  return (x, y)
}

@Suite("Robust line fit: validation and weighted least squares")
struct RobustLineFitTests {
  @Test("rejects mismatched, too few, non-finite or constant x")
  func validation() {
    #expect(
      throws: RegularizationError.dimensionMismatch(
        what: "y values for the x values", expected: 2, actual: 3)
    ) { try RobustLineFit.leastAbsoluteDeviations(x: [0, 1], y: [0, 1, 2]) }
    #expect(throws: RegularizationError.tooFewSamples(actual: 1, minimum: 2)) {
      try RobustLineFit.smoothL1(x: [0], y: [0], beta: 1)
    }
    #expect(throws: RegularizationError.nonFinite(what: "every y")) {
      try RobustLineFit.leastAbsoluteDeviations(x: [0, 1], y: [0, .nan])
    }
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "x", value: 3, requirement: "not constant (a line needs two distinct x values)")
    ) { try RobustLineFit.leastAbsoluteDeviations(x: [3, 3, 3], y: [0, 1, 2]) }
  }

  @Test(
    "weighted least squares solves the weighted normal equations", arguments: [1, 2, 3] as [UInt64])
  func weightedNormalEquations(seed: UInt64) {
    let (x, y) = noisyLine(seed: seed, outliers: 4)
    var generator = Xoshiro256StarStar(seed: seed + 100)
    let w = x.map { _ in generator.uniform(in: 0.1..<2) }
    let line = RobustLineFit.weightedLeastSquares(x: x, y: y, weights: w)
    // ∂/∂a and ∂/∂b of Σ w_i (a + b·x_i − y_i)² / 2 must vanish.
    var ga = 0.0
    var gb = 0.0
    for i in x.indices {
      let r = line.intercept + line.slope * x[i] - y[i]
      ga += w[i] * r
      gb += w[i] * r * x[i]
    }
    // Rounding of sums of 40 terms of size ~50: measured ≤ 1e-12.
    #expect(abs(ga) < 1e-9 && abs(gb) < 1e-9)
  }

  @Test("with equal weights it is the ordinary least-squares line of the closed form")
  func ordinaryLeastSquares() throws {
    let (x, y) = noisyLine(seed: 7)
    let line = RobustLineFit.weightedLeastSquares(
      x: x, y: y, weights: [Double](repeating: 1, count: x.count))
    let ridge = try RidgeRegression(alpha: 0).fit(
      features: Matrix(rows: x.count, columns: 1, elements: x), targets: y)
    // Two closed forms, different operation order: measured 1e-15.
    #expect(abs(line.slope - ridge.coefficients[0]) < 1e-12)
    #expect(abs(line.intercept - ridge.intercept) < 1e-12)
  }
}
