import Testing

@testable import Regularization

@Suite("Seed 003's elastic-net recipe") struct ElasticNetRecipeTests {
  let data: CorrelatedGroups = {
    var rng = Xoshiro256StarStar(seed: 4)
    return try! CorrelatedGroups(
      samples: 30, groupWeights: [1, -2], groupSize: 2, noiseFeatures: 2, using: &rng)
  }()

  /// `(1/n)‖y − Xw − b‖² + λ₁‖w‖₁`, directly from the rows.
  func loss(_ w: [Double], _ b: Double, l1: Double) -> Double {
    let x = data.dataset.features
    let y = data.dataset.targets
    var sum = 0.0
    for i in 0..<x.rows {
      var r = y[i] - b
      for j in 0..<x.columns { r -= x[i, j] * w[j] }
      sum += r * r
    }
    return sum / Double(x.rows) + l1 * w.map(abs).reduce(0, +)
  }

  @Test("the gradients match central finite differences of the loss (away from w_j = 0)")
  func gradients() throws {
    let recipe = try ElasticNetRecipe(
      features: data.dataset.features, targets: data.dataset.targets, l1Weight: 0.3)
    let w = [0.5, -0.7, 1.1, 0.2, -0.4, 0.9]
    let b = 0.3
    let g = recipe.gradients(weights: w, bias: b)
    let h = 1e-6
    for j in w.indices {
      var up = w
      var down = w
      up[j] += h
      down[j] -= h
      let numeric = (loss(up, b, l1: 0.3) - loss(down, b, l1: 0.3)) / (2 * h)
      #expect(abs(numeric - g[0][j]) <= 1e-6 * max(1, abs(numeric)))  // O(h²) + rounding/h
    }
    let numeric = (loss(w, b + h, l1: 0.3) - loss(w, b - h, l1: 0.3)) / (2 * h)
    #expect(abs(numeric - g[1][0]) <= 1e-6 * max(1, abs(numeric)))
    // The Gram-based MSE equals the direct one; cancellation of terms ~‖y‖²: 1e-12.
    let mse = recipe.meanSquaredError(weights: w, bias: b)
    #expect(abs(mse - (loss(w, b, l1: 0))) <= 1e-12 * max(1, mse))
  }

  @Test("SGD without decay on the bias records F after every step and descends")
  func training() throws {
    let recipe = try ElasticNetRecipe(
      features: data.dataset.features, targets: data.dataset.targets, l1Weight: 0.1)
    var sgd = try SGD(learningRate: 0.01, weightDecays: [0.1, 0])
    let run = recipe.train(
      weights: [Double](repeating: 0, count: 6), bias: 0, steps: 200, alpha: 0.1, l1Ratio: 0.5,
      optimizer: &sgd)
    #expect(run.objectives.count == 200)
    #expect(run.objectives.last! < run.objectives.first!)
  }

  @Test("a negative λ₁ is rejected")
  func validation() {
    #expect(throws: RegularizationError.negativePenalty(-1)) {
      try ElasticNetRecipe(features: Matrix(rows: 2, columns: 1), targets: [0, 0], l1Weight: -1)
    }
  }
}
