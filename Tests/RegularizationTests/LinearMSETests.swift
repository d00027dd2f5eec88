import Testing

@testable import Regularization

@Suite("Linear MSE through the Gram matrix")
struct LinearMSETests {
  static let rows: [[Double]] = [[1, 2], [0, -1], [3, 0.5], [-2, 1]]
  static let targets: [Double] = [1, -2, 4, 0.5]

  static func loss() throws -> LinearMSE {
    try LinearMSE(features: Matrix(rowArrays: rows), targets: targets)
  }

  /// (1/n)·Σ(wᵀx + b − y)², by a plain loop over the rows.
  static func direct(_ theta: [Double]) -> Double {
    var sum = 0.0
    for (row, y) in zip(rows, targets) {
      let r = theta[0] * row[0] + theta[1] * row[1] + theta[2] - y
      sum += r * r
    }
    return sum / Double(rows.count)
  }

  @Test("the value is nn.MSELoss's mean of squared residuals")
  func value() throws {
    let theta = [0.5, -1.0, 0.25]
    // Gram form vs direct sum: cancellation of terms of size ~20, measured 3.6e-15.
    #expect(abs(try Self.loss().value(theta) - Self.direct(theta)) <= 1e-13)
  }

  @Test("the gradient matches central finite differences of the direct sum")
  func gradient() throws {
    let theta = [0.5, -1.0, 0.25]
    let numeric = try FiniteDifference().gradient(of: Self.direct, at: theta)
    // Central differences of a quadratic are exact up to rounding: measured 1e-10.
    #expect(FiniteDifference.relativeError(try Self.loss().gradient(theta), numeric) <= 1e-8)
  }

  @Test("the grouped gradient is the gradient split into [w, [b]]")
  func groups() throws {
    let loss = try Self.loss()
    let g = loss.gradient([0.5, -1.0, 0.25])
    #expect(loss.gradients([[0.5, -1.0], [0.25]]) == [[g[0], g[1]], [g[2]]])
    #expect(loss.parameterCount == 3)
  }

  @Test("rejects targets of the wrong length")
  func mismatch() {
    #expect(throws: RegularizationError.dimensionMismatch(what: "targets", expected: 4, actual: 1))
    {
      try LinearMSE(features: Matrix(rowArrays: Self.rows), targets: [1])
    }
  }
}
