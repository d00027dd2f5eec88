import Testing

@testable import Regularization

@Suite("makeRegression")
struct MakeRegressionTests {
  @Test("has n × p features, n targets, p coefficients and k informative features")
  func shapes() throws {
    var rng = Xoshiro256StarStar(seed: 1)
    let problem = try makeRegression(samples: 100, features: 20, informative: 5, using: &rng)
    #expect(problem.dataset.sampleCount == 100)
    #expect(problem.dataset.featureCount == 20)
    #expect(problem.coefficients.count == 20)
    #expect(problem.informativeFeatures.count == 5)
  }

  @Test("exactly the informative coefficients are non-zero, each in (0, 100)")
  func informativeCoefficients() throws {
    var rng = Xoshiro256StarStar(seed: 2)
    let problem = try makeRegression(samples: 50, features: 30, informative: 8, using: &rng)
    let nonZero = problem.coefficients.indices.filter { problem.coefficients[$0] != 0 }
    #expect(nonZero == problem.informativeFeatures)
    #expect(nonZero.allSatisfy { problem.coefficients[$0] > 0 && problem.coefficients[$0] < 100 })
  }

  @Test("without noise, y = X·w + bias")
  func noiselessTargets() throws {
    var rng = Xoshiro256StarStar(seed: 3)
    let problem = try makeRegression(
      samples: 40, features: 10, informative: 4, bias: 50, using: &rng)
    let prediction = problem.dataset.features.multiplied(by: problem.coefficients).map { $0 + 50 }
    // The same sums in a different order: rounding only; measured: 5.7e-14 on |y| ~ 100s.
    #expect(maxAbsDifference(prediction, problem.dataset.targets) < 1e-12)
  }

  @Test("with noise σ, the residuals y − X·w − bias have standard deviation σ")
  func noiseLevel() throws {
    var rng = Xoshiro256StarStar(seed: 4)
    let problem = try makeRegression(
      samples: 2000, features: 5, informative: 5, noise: 2, bias: 1, using: &rng)
    let residuals = subtracting(
      problem.dataset.targets,
      problem.dataset.features.multiplied(by: problem.coefficients).map { $0 + 1 })
    let sd = (squaredNorm(residuals) / 2000).squareRoot()
    // 5 standard errors of a sample standard deviation: σ/√(2n) = 0.032; measured: 0.032.
    #expect(abs(sd - 2) < 5 * 0.032)
  }

  @Test("features are standard normal")
  func featureDistribution() throws {
    var rng = Xoshiro256StarStar(seed: 5)
    let x = try makeRegression(samples: 100, features: 100, using: &rng).dataset.features.elements
    let m = mean(x)
    let variance = x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count)
    // 10,000 draws, 5 standard errors: 1/√N = 0.01 (mean), √(2/N) = 0.014 (variance).
    // Measured: −0.0036 and 0.984 (1.2 SE).
    #expect(abs(m) < 5 * 0.01)
    #expect(abs(variance - 1) < 5 * 0.014)
  }

  @Test("without shuffling, the informative features are the first k columns")
  func unshuffledOrder() throws {
    var rng = Xoshiro256StarStar(seed: 6)
    let problem = try makeRegression(
      samples: 10, features: 8, informative: 3, shuffle: false, using: &rng)
    #expect(problem.informativeFeatures == [0, 1, 2])
    #expect(problem.coefficients[3...].allSatisfy { $0 == 0 })
  }

  @Test("shuffling permutes rows and columns of the same draws, coefficients with columns")
  func shuffleIsPermutation() throws {
    var a = Xoshiro256StarStar(seed: 7)
    var b = Xoshiro256StarStar(seed: 7)
    let plain = try makeRegression(
      samples: 30, features: 12, informative: 4, noise: 1, shuffle: false, using: &a)
    let mixed = try makeRegression(
      samples: 30, features: 12, informative: 4, noise: 1, shuffle: true, using: &b)
    // Recover the permutations from values, then check every entry exactly.
    let rowOf = (0..<30).map { i in
      plain.dataset.targets.firstIndex(of: mixed.dataset.targets[i]) ?? -1
    }
    let columnOf = (0..<12).map { j in
      (0..<12).first { plain.dataset.features[rowOf[0], $0] == mixed.dataset.features[0, j] } ?? -1
    }
    #expect(rowOf.sorted() == Array(0..<30))
    #expect(columnOf.sorted() == Array(0..<12))
    for i in 0..<30 {
      for j in 0..<12 {
        #expect(mixed.dataset.features[i, j] == plain.dataset.features[rowOf[i], columnOf[j]])
      }
    }
    #expect((0..<12).allSatisfy { mixed.coefficients[$0] == plain.coefficients[columnOf[$0]] })
    #expect(mixed.informativeFeatures == (0..<12).filter { columnOf[$0] < 4 })
  }

  @Test("the same seed gives the same problem")
  func determinism() throws {
    var a = Xoshiro256StarStar(seed: 8)
    var b = Xoshiro256StarStar(seed: 8)
    #expect(
      try makeRegression(samples: 20, features: 6, informative: 3, noise: 0.5, using: &a)
        == makeRegression(samples: 20, features: 6, informative: 3, noise: 0.5, using: &b))
  }

  @Test("rejects informative > features, negative noise, and no samples")
  func validation() {
    var rng = Xoshiro256StarStar(seed: 9)
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "informative", value: 11,
        requirement: "between 0 and the number of features (10)")
    ) { try makeRegression(samples: 5, features: 10, informative: 11, using: &rng) }
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "noise", value: -1, requirement: "finite and >= 0")
    ) { try makeRegression(samples: 5, features: 10, noise: -1, using: &rng) }
    #expect(throws: RegularizationError.tooFewSamples(actual: 0, minimum: 1)) {
      try makeRegression(samples: 0, features: 10, using: &rng)
    }
  }
}
