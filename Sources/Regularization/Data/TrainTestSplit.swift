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
  _ = try splitTestCount(samples: n, testFraction: testFraction)  // before drawing
  return try trainTestSplit(data, testFraction: testFraction, permutation: rng.permutation(n))
}

/// The same split cut from a given permutation of the rows, so that a permutation drawn
/// elsewhere (NumPy's `RandomState(s).permutation(n)`, which `train_test_split` with
/// `random_state=s` draws) gives exactly scikit-learn's rows.
///
/// - Throws: `.invalidParameter` for a bad `testFraction`, or if `permutation` is not a
///   permutation of `0..<n`.
public func trainTestSplit(
  _ data: Dataset, testFraction: Double, permutation order: [Int]
) throws(RegularizationError) -> TrainTestSplit {
  let n = data.sampleCount
  guard order.count == n, Set(order) == Set(0..<n) else {
    throw .invalidParameter(
      name: "permutation.count", value: Double(order.count),
      requirement: "a permutation of the \(n) row indices")
  }
  let testCount = try splitTestCount(samples: n, testFraction: testFraction)
  let testIndices = Array(order[0..<testCount])
  let trainIndices = Array(order[testCount...])
  return TrainTestSplit(
    train: data.selecting(trainIndices), test: data.selecting(testIndices),
    trainIndices: trainIndices, testIndices: testIndices)
}

/// `⌈testFraction · n⌉`, checked so that both parts are non-empty.
private func splitTestCount(samples n: Int, testFraction: Double) throws(RegularizationError)
  -> Int
{
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
  return testCount
}
