import Foundation
import Testing

@testable import Regularization

@Suite("The α grid") struct AlphaGridTests {
  @Test(
    "equals sklearn's grid within 1e-12 relative",
    arguments: SklearnFixture.names, [1.0, 0.5])
  func matchesSklearn(name: String, l1Ratio: Double) throws {
    let fixture = SklearnFixture.load(name)
    let expected =
      l1Ratio == 1 ? fixture.paths.lassoTight.alphas : fixture.paths.enetTight.alphas
    let grid = try AlphaGrid.alphas(
      features: fixture.matrix, targets: fixture.targets, l1Ratio: l1Ratio,
      count: fixture.nAlphas, eps: fixture.eps)
    #expect(grid.count == expected.count)
    let worst = zip(grid, expected).map { abs($0 - $1) / $1 }.max() ?? .infinity
    // 1e-12: sums in another order and a possible nudge of α_max; measured 1.1e-15.
    #expect(worst <= 1e-12)
  }

  @Test(
    "α_max is max_j |x_jᵀ(y − ȳ)| / (n·ρ), recomputed from the raw data",
    arguments: SklearnFixture.names, [1.0, 0.5, 0.1])
  func alphaMaxFormula(name: String, l1Ratio: Double) throws {
    let fixture = SklearnFixture.load(name)
    let (x, y) = centeredRows(fixture.features, fixture.targets)
    var largest = 0.0
    for j in 0..<x[0].count { largest = max(largest, abs(plainDot(column(x, j), y))) }
    let expected = largest / (Double(x.count) * l1Ratio)
    let alphaMax = try AlphaGrid.alphaMax(
      features: fixture.matrix, targets: fixture.targets, l1Ratio: l1Ratio)
    // Centering and summing in another order moves the last digits only: measured 4e-16.
    #expect(abs(alphaMax - expected) <= 1e-13 * expected)
  }

  @Test(
    "the leading feature is the argmax of |x_jᵀ(y − ȳ)|, recomputed from the raw data",
    arguments: SklearnFixture.names)
  func leadingFeature(name: String) throws {
    let fixture = SklearnFixture.load(name)
    let (x, y) = centeredRows(fixture.features, fixture.targets)
    let scores = (0..<x[0].count).map { abs(plainDot(column(x, $0), y)) }
    let expected = scores.indices.max { scores[$0] < scores[$1] }!
    #expect(
      try AlphaGrid.leadingFeature(features: fixture.matrix, targets: fixture.targets) == expected)
  }

  @Test("without an intercept, α_max uses the raw (uncentered) X and y")
  func alphaMaxWithoutIntercept() throws {
    // x = (1, 2, 3), y = (1, 1, 4): xᵀy = 15, while x_cᵀy_c = (−1)(−1) + 0 + (1)(2) = 3.
    let x = try Matrix(rowArrays: [[1], [2], [3]])
    let y = [1.0, 1, 4]
    #expect(try AlphaGrid.alphaMax(features: x, targets: y, fitIntercept: false) == 15.0 / 3)
    #expect(try AlphaGrid.alphaMax(features: x, targets: y) == 1.0)
  }

  @Test("a cold fit at α_max is exactly all zeros", arguments: SklearnFixture.names, [1.0, 0.5])
  func zeroAtAlphaMax(name: String, l1Ratio: Double) throws {
    let fixture = SklearnFixture.load(name)
    let alphaMax = try AlphaGrid.alphaMax(
      features: fixture.matrix, targets: fixture.targets, l1Ratio: l1Ratio)
    let fit = try ElasticNet(alpha: alphaMax, l1Ratio: l1Ratio)
      .fit(features: fixture.matrix, targets: fixture.targets)
    #expect(fit.coefficients.allSatisfy { $0 == 0 })
  }

  @Test(
    "at (1 − 1e-6)·α_max exactly one coefficient, the feature attaining the max, is non-zero",
    arguments: SklearnFixture.names, [1.0, 0.5])
  func oneFeatureJustBelow(name: String, l1Ratio: Double) throws {
    let fixture = SklearnFixture.load(name)
    let alphaMax = try AlphaGrid.alphaMax(
      features: fixture.matrix, targets: fixture.targets, l1Ratio: l1Ratio)
    let (x, y) = centeredRows(fixture.features, fixture.targets)
    let correlations = (0..<x[0].count).map { abs(plainDot(column(x, $0), y)) }
    let argmax = correlations.indices.max { correlations[$0] < correlations[$1] }
    // At this α the zero vector's gap is ½(1e-6)²·‖y_c‖² (relative 5e-13), so any tol
    // above that accepts w = 0 after 0 sweeps, in sklearn too: 1e-13 forces the sweeps.
    let fit = try ElasticNet(
      alpha: (1 - 1e-6) * alphaMax, l1Ratio: l1Ratio, tolerance: 1e-13, maxIterations: 50
    ).fit(features: fixture.matrix, targets: fixture.targets)
    #expect(fit.isConverged)
    let nonZero = fit.coefficients.indices.filter { fit.coefficients[$0] != 0 }
    #expect(nonZero.count == 1)
    #expect(nonZero.first == argmax)
  }

  @Test("the grid descends from α_max to exactly eps·α_max")
  func gridShape() throws {
    let fixture = SklearnFixture.load("informative")
    let top = try AlphaGrid.alphaMax(features: fixture.matrix, targets: fixture.targets)
    let grid = try AlphaGrid.alphas(
      features: fixture.matrix, targets: fixture.targets, count: 7, eps: 1e-2)
    #expect(grid.count == 7)
    #expect(grid.first == top)
    #expect(grid.last == top * 1e-2)
    #expect(zip(grid, grid.dropFirst()).allSatisfy { $0 > $1 })
    // Log-spaced: every neighbour ratio is (1e-2)^(1/6); 1e-14 covers pow's rounding.
    let ratio = pow(1e-2, 1.0 / 6)
    for (a, b) in zip(grid, grid.dropFirst()) { #expect(abs(b / a - ratio) <= 1e-14) }
  }

  @Test("constant targets give sklearn's degenerate grid of 1e-15 values")
  func degenerateGrid() throws {
    let x = try Matrix(rowArrays: [[1, 2], [3, 5], [4, 1]])
    let grid = try AlphaGrid.alphas(features: x, targets: [2, 2, 2], count: 5)
    #expect(grid == [Double](repeating: 1e-15, count: 5))
  }

  @Test(
    "rejects ρ outside (0, 1], count < 1 and eps outside (0, 1]",
    arguments: [(0.0, 100, 1e-3), (1.5, 100, 1e-3), (1.0, 0, 1e-3), (1.0, 10, 0.0), (1.0, 10, 2.0)])
  func rejectsBadShape(l1Ratio: Double, count: Int, eps: Double) throws {
    let x = try Matrix(rowArrays: [[1], [2], [4]])
    #expect(throws: RegularizationError.self) {
      try AlphaGrid.alphas(
        features: x, targets: [1, 0, 2], l1Ratio: l1Ratio, count: count, eps: eps)
    }
  }
}
