import Testing

@testable import Regularization

@Suite("Elastic-net fit") struct ElasticNetFitTests {
  private let fit = ElasticNetFit(
    coefficients: [0, 2, 0, -1], intercept: 0.5, sweeps: 3, dualityGap: 1e-6,
    gapTolerance: 1e-4, isConverged: true)

  @Test("predicts X·w + b")
  func predictions() throws {
    let x = try Matrix(rowArrays: [[9, 1, 9, 1], [0, 0, 5, 3]])
    #expect(try fit.predictions(for: x) == [1.5, -2.5])
  }

  @Test("counts exact zeros")
  func zeroCount() { #expect(fit.zeroCount == 2) }

  @Test("rejects features with the wrong number of columns")
  func rejectsWrongWidth() {
    #expect(
      throws: RegularizationError.dimensionMismatch(
        what: "number of feature columns", expected: 4, actual: 2)
    ) {
      try fit.predictions(for: Matrix(rows: 1, columns: 2))
    }
  }
}
