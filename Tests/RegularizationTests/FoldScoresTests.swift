import Testing

@testable import Regularization

@Suite("Fold scores") struct FoldScoresTests {
  /// y = 2x + 1 on four rows, one of them off by 1.
  let features = try! Matrix(rowArrays: [[0], [1], [2], [3]])
  let targets = [1.0, 3, 5, 8]
  let model = RidgeFit(coefficients: [2], intercept: 1)

  @Test("the MSE averages the squared residuals of the chosen rows only")
  func meanSquaredError() {
    #expect(
      FoldScores.meanSquaredError(model, features: features, targets: targets, rows: [3]) == 1)
    #expect(
      FoldScores.meanSquaredError(model, features: features, targets: targets, rows: [0, 3]) == 0.5)
  }

  @Test("R² = 1 − SS_res/SS_tot around the held-out mean")
  func rSquared() {
    // Rows 2, 3: targets 5, 8 (mean 6.5, SS_tot 4.5), residuals 0, 1: R² = 1 − 1/4.5.
    let r2 = FoldScores.rSquared(model, features: features, targets: targets, rows: [2, 3])
    #expect(abs(r2 - (1 - 1 / 4.5)) <= 1e-15)
    let mean = RidgeFit(coefficients: [0], intercept: 6.5)
    #expect(FoldScores.rSquared(mean, features: features, targets: targets, rows: [2, 3]) == 0)
  }

  @Test("means and standard deviations (ddof 0) per row of a fold table")
  func meansAndDeviations() {
    let (means, deviations) = foldMeansAndDeviations([[1, 3], [2, 2, 2, 2]])
    #expect(means == [2, 2])
    #expect(deviations == [1, 0])
  }
}
