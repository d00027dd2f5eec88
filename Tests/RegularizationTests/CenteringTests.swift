import Testing

@testable import Regularization

/// Data with large offsets, where centering matters: x_j ~ 50·j + N(0, 1), y ~ 1000 + N(0, 1).
private func offsetData(samples n: Int, seed: UInt64) throws -> Dataset {
  var rng = Xoshiro256StarStar(seed: seed)
  let rows = (0..<n).map { _ in (0..<4).map { 50 * Double($0) + rng.normal() } }
  return try Dataset(
    features: Matrix(rowArrays: rows), targets: (0..<n).map { _ in 1000 + rng.normal() })
}

@Suite("Centering")
struct CenteringTests {
  @Test("columnMeans gives each column's average")
  func knownMeans() throws {
    let x = try Matrix(rowArrays: [[1, 10], [2, 20], [6, 60]])
    #expect(columnMeans(x) == [3, 30])
    let emptyMeans = columnMeans(Matrix(rows: 0, columns: 2))
    #expect(emptyMeans.count == 2 && emptyMeans.allSatisfy { $0.isNaN })
  }

  @Test("centered features and targets have zero means")
  func zeroMeans() throws {
    let data = try offsetData(samples: 97, seed: 1)
    let centered = try Centering(fitting: data).centered(data)
    // Within 1e-12 of the scale (offsets 150 and 1000); measured: 5.2e-15 and 4.2e-14, the
    // rounding of x̄ and ȳ themselves.
    #expect(maxNorm(columnMeans(centered.features)) < 1e-12 * 150)
    #expect(abs(mean(centered.targets)) < 1e-12 * 1000)
  }

  @Test("test data are centered with the training means, not their own")
  func usesTrainingStatistics() throws {
    let train = try offsetData(samples: 50, seed: 2)
    let test = try offsetData(samples: 10, seed: 3)
    let centering = try Centering(fitting: train)
    let centered = try centering.centered(test)
    for i in 0..<10 {
      for j in 0..<4 {
        #expect(centered.features[i, j] == test.features[i, j] - centering.featureMeans[j])
      }
    }
    #expect(centered.targets == test.targets.map { $0 - centering.targetMean })
  }

  @Test("the intercept b = ȳ − x̄ᵀw makes the mean training prediction equal ȳ")
  func interceptMatchesMean() throws {
    let data = try offsetData(samples: 60, seed: 4)
    let centering = try Centering(fitting: data)
    let w = [0.5, -2, 3, 0.25]
    let b = try centering.intercept(for: w)
    let predictions = data.features.multiplied(by: w).map { $0 + b }
    // Rounding in sums of ~100-sized terms, ~1e-13 expected; measured: 0.
    #expect(abs(mean(predictions) - mean(data.targets)) < 1e-10)
  }

  @Test("rejects an empty data set and mismatched widths")
  func validation() throws {
    let empty = try Dataset(features: Matrix(rows: 0, columns: 3), targets: [])
    #expect(throws: RegularizationError.tooFewSamples(actual: 0, minimum: 1)) {
      try Centering(fitting: empty)
    }
    let centering = try Centering(fitting: try offsetData(samples: 5, seed: 5))
    #expect(
      throws: RegularizationError.dimensionMismatch(
        what: "number of weights", expected: 4, actual: 3)
    ) { try centering.intercept(for: [1, 2, 3]) }
    #expect(throws: RegularizationError.self) { try centering.centered(try indexedDataset(3)) }
  }
}
