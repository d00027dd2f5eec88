import Testing

@testable import Regularization

@Suite("k-fold cross-validation")
struct KFoldTests {
  @Test(
    "fold sizes follow scikit-learn: the first n mod k folds get one extra sample",
    arguments: [
      (10, 3, [4, 3, 3]), (100, 5, [20, 20, 20, 20, 20]), (11, 4, [3, 3, 3, 2]),
      (5, 5, [1, 1, 1, 1, 1]),
    ])
  func sizes(n: Int, k: Int, expected: [Int]) throws {
    #expect(try kFold(sampleCount: n, folds: k).map(\.testIndices.count) == expected)
  }

  @Test("without shuffling, the folds test consecutive blocks of rows")
  func consecutiveBlocks() throws {
    let folds = try kFold(sampleCount: 10, folds: 3)
    #expect(folds.map(\.testIndices) == [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]])
    #expect(folds[1].trainIndices == [0, 1, 2, 3, 7, 8, 9])
  }

  @Test(
    "every row is tested exactly once and trained on in the other folds", arguments: [false, true])
  func partition(shuffled: Bool) throws {
    var rng = Xoshiro256StarStar(seed: 1)
    let folds =
      shuffled
      ? try kFold(sampleCount: 23, folds: 5, using: &rng) : try kFold(sampleCount: 23, folds: 5)
    #expect(folds.flatMap(\.testIndices).sorted() == Array(0..<23))
    for fold in folds {
      #expect((fold.trainIndices + fold.testIndices).sorted() == Array(0..<23))
      #expect(fold.trainIndices == fold.trainIndices.sorted())
      #expect(fold.testIndices == fold.testIndices.sorted())
    }
  }

  @Test("shuffled folds have the same sizes, depend on the seed only, and differ from blocks")
  func shuffled() throws {
    var a = Xoshiro256StarStar(seed: 2)
    var b = Xoshiro256StarStar(seed: 2)
    let first = try kFold(sampleCount: 11, folds: 4, using: &a)
    #expect(first == (try kFold(sampleCount: 11, folds: 4, using: &b)))
    #expect(first.map(\.testIndices.count) == [3, 3, 3, 2])
    #expect(first != (try kFold(sampleCount: 11, folds: 4)))
  }

  @Test("rejects fewer than 2 folds or more folds than samples")
  func validation() {
    #expect(
      throws: RegularizationError.invalidParameter(name: "folds", value: 1, requirement: ">= 2")
    ) { try kFold(sampleCount: 10, folds: 1) }
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "folds", value: 6, requirement: "<= the number of samples (5)")
    ) { try kFold(sampleCount: 5, folds: 6) }
  }
}
