import Testing

@testable import Regularization

@Suite("Ridge fit") struct RidgeFitTests {
  @Test("predicts X·w + b")
  func predictions() throws {
    let fit = RidgeFit(coefficients: [2, -1], intercept: 0.5)
    let x = try Matrix(rowArrays: [[1, 1], [0, 3]])
    #expect(try fit.predictions(for: x) == [1.5, -2.5])
  }

  @Test("rejects features with the wrong number of columns")
  func rejectsWrongWidth() throws {
    let fit = RidgeFit(coefficients: [2, -1], intercept: 0)
    #expect(
      throws: RegularizationError.dimensionMismatch(
        what: "number of feature columns", expected: 2, actual: 3)
    ) {
      try fit.predictions(for: Matrix(rows: 1, columns: 3))
    }
  }
}
