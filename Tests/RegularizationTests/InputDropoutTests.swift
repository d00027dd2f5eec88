import Testing

@testable import Regularization

@Suite("Input dropout on linear regression")
struct InputDropoutTests {
  @Test("one row, one feature: the enumeration is the two-point expectation by hand")
  func byHand() throws {
    let dropout = try Dropout(rate: 0.25)
    let x = try Matrix(rowArrays: [[2]])
    // kept (0.75): prediction 2·3/0.75 = 8, residual 1 − 8; dropped (0.25): residual 1.
    let expected = 0.75 * 49 + 0.25 * 1
    let exact = InputDropout.exactExpectedLoss(
      dropout: dropout, weights: [3], features: x, targets: [1])
    #expect(abs(exact - expected) <= 1e-13)
    // MSE + q/(1 − q)·w²·x² = (1 − 6)² + (1/3)·9·4
    #expect(abs(exact - (25 + 12)) <= 1e-13)
    #expect(InputDropout.penaltyFactor(dropout) == 0.25 / 0.75)
    #expect(InputDropout.dataRidge(weights: [3], features: x) == 36)
  }

  @Test("a mask of ones gives the plain MSE; a mask of zeros predicts 0")
  func masks() throws {
    let x = try Matrix(rowArrays: [[1, 2], [3, -1]])
    let w = [0.5, 2.0]
    #expect(
      InputDropout.loss(weights: w, features: x, targets: [1, 1], mask: [1, 1, 1, 1])
        == (12.25 + 2.25) / 2)
    #expect(InputDropout.loss(weights: w, features: x, targets: [1, 1], mask: [0, 0, 0, 0]) == 1)
  }
}
