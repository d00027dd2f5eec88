import Testing

@testable import Regularization

@Suite("Linear predictor") struct LinearPredictorTests {
  struct Line: LinearPredictor {
    var coefficients: [Double]
    var intercept: Double
  }

  @Test("predictions are X·w + b, row by row") func predicts() throws {
    let x = try Matrix(rowArrays: [[1, 2], [0, -1]])
    #expect(try Line(coefficients: [3, 1], intercept: 0.5).predictions(for: x) == [5.5, -0.5])
  }

  @Test("a matrix with the wrong number of columns is rejected with both sizes") func rejects() {
    #expect(
      throws: RegularizationError.dimensionMismatch(
        what: "number of feature columns", expected: 2, actual: 1)
    ) { try Line(coefficients: [3, 1], intercept: 0).predictions(for: Matrix(rows: 1, columns: 1)) }
  }
}
