import Testing

@testable import Regularization

@Suite("Ridge cross-validation (RidgeCV with cv=5)") struct RidgeCVTests {
  @Test(
    "the same α_, best_score_, fold R² and fold MSE as sklearn's grid search",
    arguments: CrossValidationFixture.names)
  func matchesSklearn(name: String) throws {
    let fixture = CrossValidationFixture.named(name)
    let expected = fixture.ridge
    let data = fixture.training
    let cv = try RidgeCV(features: data.features, targets: data.targets)
    #expect(cv.alphas == expected.alphas)
    #expect(cv.bestAlpha == expected.alpha)
    #expect(cv.alphas[cv.bestIndexByError] == expected.alphaByMse)
    var worstR2 = 0.0
    var worstMSE = 0.0
    for a in expected.alphas.indices {
      for f in 0..<5 {
        worstR2 = max(worstR2, abs(cv.foldScores[a][f] - expected.r2Path[a][f]))
        worstMSE = max(
          worstMSE,
          abs(cv.foldErrors[a][f] - expected.msePath[a][f]) / max(1, expected.msePath[a][f]))
      }
    }
    // Closed-form fits on both sides (Cholesky); measured below 1e-13.
    #expect(worstR2 <= 1e-8)
    #expect(worstMSE <= 1e-8)
    #expect(abs(cv.bestScore - expected.bestScore) <= 1e-8)
    #expect(maxAbsDifference(cv.refit.coefficients, expected.coefficients) <= 1e-8)
  }

  @Test("the choice maximizes the mean R² (re-derived), not the MSE")
  func choiceIsTheArgmaxOfMeanR2() throws {
    let data = CrossValidationFixture.named("noisy").training
    let cv = try RidgeCV(features: data.features, targets: data.targets)
    let means = cv.foldScores.map { $0.reduce(0, +) / 5 }
    #expect(cv.bestIndex == means.indices.max { means[$0] < means[$1] }!)
    // R² of one fold from its definition: 1 − SS_res/SS_tot on the held-out block.
    let fold = cv.folds[0]
    let fit = try RidgeRegression(alpha: cv.alphas[1]).fit(
      features: data.features.selectingRows(fold.trainIndices),
      targets: fold.trainIndices.map { data.targets[$0] })
    let predictions = try fit.predictions(for: data.features.selectingRows(fold.testIndices))
    let held = fold.testIndices.map { data.targets[$0] }
    let center = held.reduce(0, +) / Double(held.count)
    let residual = zip(held, predictions).map { ($0 - $1) * ($0 - $1) }.reduce(0, +)
    let total = held.map { ($0 - center) * ($0 - center) }.reduce(0, +)
    #expect(abs(cv.foldScores[1][0] - (1 - residual / total)) <= 1e-12)  // summation order
  }

  @Test("an empty grid is rejected by name")
  func emptyGrid() {
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "alphas.count", value: 0, requirement: ">= 1")
    ) {
      try RidgeCV(
        features: Matrix(rows: 10, columns: 2), targets: .init(repeating: 0, count: 10), alphas: [])
    }
  }
}
