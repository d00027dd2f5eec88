import Foundation

/// A data set split into disjoint training and test samples (see `trainTestSplit`).
public struct TrainTestSplit: Equatable, Sendable {
  /// The training samples, in the order of `trainIndices`.
  public var train: Dataset
  /// The test samples, in the order of `testIndices`.
  public var test: Dataset
  /// The rows of the original data set used for training.
  public var trainIndices: [Int]
  /// The rows of the original data set held out for testing.
  public var testIndices: [Int]
}

/// A seeded random train/test split in the manner of scikit-learn's `train_test_split`.
///
///     n_test = ⌈testFraction · n⌉,   n_train = n − n_test
///     π = a random permutation of 0..<n;  test = π[0 ..< n_test],  train = the rest of π
///
/// - Parameters:
///   - data: The samples to split.
///   - testFraction: The share held out, in `(0, 1)`; both parts must be non-empty.
///   - rng: The seeded generator that draws the permutation.
public func trainTestSplit(
  _ data: Dataset, testFraction: Double = 0.25, using rng: inout some SeededGenerator
) throws(RegularizationError) -> TrainTestSplit {
  let n = data.sampleCount
  guard testFraction > 0, testFraction < 1 else {
    throw .invalidParameter(
      name: "testFraction", value: testFraction, requirement: "strictly between 0 and 1")
  }
  let testCount = Int(ceil(testFraction * Double(n)))
  guard testCount >= 1, n - testCount >= 1 else {
    throw .invalidParameter(
      name: "testFraction", value: testFraction,
      requirement: "such that train and test sets are both non-empty for \(n) samples")
  }
  let order = rng.permutation(n)
  let testIndices = Array(order[0..<testCount])
  let trainIndices = Array(order[testCount...])
  return TrainTestSplit(
    train: data.selecting(trainIndices), test: data.selecting(testIndices),
    trainIndices: trainIndices, testIndices: testIndices)
}
