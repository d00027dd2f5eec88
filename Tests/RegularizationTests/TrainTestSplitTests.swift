import Testing

@testable import Regularization

/// A data set whose row i has features (i, 2i) and target 10·i, so rows are recognizable.
func indexedDataset(_ n: Int) throws -> Dataset {
  try Dataset(
    features: Matrix(rowArrays: (0..<n).map { [Double($0), 2 * Double($0)] }),
    targets: (0..<n).map { 10 * Double($0) })
}

@Suite("Train/test split")
struct TrainTestSplitTests {
  @Test(
    "the test set has ⌈fraction·n⌉ samples, as scikit-learn",
    arguments: [(100, 0.2, 20), (10, 0.25, 3), (7, 0.33, 3), (5, 0.5, 3), (150, 0.3, 45)])
  func sizes(n: Int, fraction: Double, testCount: Int) throws {
    var rng = Xoshiro256StarStar(seed: 1)
    let split = try trainTestSplit(try indexedDataset(n), testFraction: fraction, using: &rng)
    #expect(split.test.sampleCount == testCount)
    #expect(split.train.sampleCount == n - testCount)
  }

  @Test("train and test indices are disjoint and together cover every row once")
  func partition() throws {
    var rng = Xoshiro256StarStar(seed: 2)
    let split = try trainTestSplit(try indexedDataset(50), testFraction: 0.3, using: &rng)
    #expect((split.trainIndices + split.testIndices).sorted() == Array(0..<50))
  }

  @Test("each part holds the original rows at its indices")
  func rowsFollowIndices() throws {
    var rng = Xoshiro256StarStar(seed: 3)
    let data = try indexedDataset(20)
    let split = try trainTestSplit(data, testFraction: 0.25, using: &rng)
    #expect(split.test == data.selecting(split.testIndices))
    #expect(split.train == data.selecting(split.trainIndices))
    #expect(split.test.targets == split.testIndices.map { 10 * Double($0) })
  }

  @Test("the same seed gives the same split, and the split is not the original order")
  func determinism() throws {
    var a = Xoshiro256StarStar(seed: 4)
    var b = Xoshiro256StarStar(seed: 4)
    let data = try indexedDataset(30)
    let first = try trainTestSplit(data, testFraction: 0.2, using: &a)
    #expect(first == (try trainTestSplit(data, testFraction: 0.2, using: &b)))
    #expect(first.testIndices != Array(0..<6))
  }

  @Test("rejects a fraction outside (0, 1) or one that leaves a part empty")
  func validation() throws {
    var rng = Xoshiro256StarStar(seed: 5)
    let data = try indexedDataset(4)
    for bad in [0.0, 1.0, -0.1, 1.5] {
      #expect(
        throws: RegularizationError.invalidParameter(
          name: "testFraction", value: bad, requirement: "strictly between 0 and 1")
      ) { try trainTestSplit(data, testFraction: bad, using: &rng) }
    }
    #expect(throws: RegularizationError.self) {
      try trainTestSplit(try indexedDataset(1), testFraction: 0.5, using: &rng)
    }
  }
}

@Suite("train_test_split against scikit-learn") struct TrainTestSplitSklearnTests {
  @Test(
    "cut from NumPy's RandomState(0).permutation, the split is sklearn's, row for row",
    arguments: CrossValidationFixture.names)
  func matchesSklearn(name: String) throws {
    let fixture = CrossValidationFixture.named(name)
    let split = try trainTestSplit(
      fixture.dataset, testFraction: 0.2, permutation: fixture.permutation)
    #expect(split.testIndices == fixture.testIndices)
    #expect(split.trainIndices == fixture.trainIndices)
    #expect(split.train == fixture.training)
  }

  @Test("a list that is not a permutation of the rows is rejected")
  func notAPermutation() throws {
    let data = try Dataset(features: Matrix(rows: 3, columns: 1), targets: [0, 0, 0])
    #expect(throws: RegularizationError.self) {
      try trainTestSplit(data, testFraction: 0.5, permutation: [0, 0, 2])
    }
  }
}
