import Testing

@testable import Regularization

@Suite("Gram-form least squares with the bias as a coefficient")
struct GramLeastSquaresBiasColumnTests {
  @Test("f(w, b) = 1/(2n)‖y − Xw − b‖², uncentered, and the intercept is 0")
  func valueWithBias() throws {
    let data = try smallProblem()
    let x = data.dataset.features
    let y = data.dataset.targets
    let loss = try GramLeastSquares.withBiasColumn(features: x, targets: y)
    let theta = [0.5, -0.5, 1, 0, 2.5]
    var sum = 0.0
    for i in 0..<x.rows {
      let r = y[i] - plainDot(x.row(i), Array(theta[0..<4])) - theta[4]
      sum += r * r
    }
    // Cancellation in the Gram form: rounding ~1e-15 of ½‖y‖²/n ≈ 3; measured 4e-16.
    #expect(abs(loss.value(theta) - sum / (2 * Double(x.rows))) <= 1e-12)
    #expect(loss.columns == 5 && loss.intercept(for: theta) == 0)
  }
}
