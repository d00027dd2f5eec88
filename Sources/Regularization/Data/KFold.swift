/// One fold of k-fold cross-validation: the samples to fit on and the samples to score on.
public struct Fold: Equatable, Sendable {
  /// The rows used for fitting, ascending.
  public var trainIndices: [Int]
  /// The rows held out for validation, ascending.
  public var testIndices: [Int]
}

/// The folds of k-fold cross-validation without shuffling, as scikit-learn's
/// `KFold(n_splits=k)`: consecutive blocks of rows, the first `n mod k` of size
/// `⌊n/k⌋ + 1` and the others of size `⌊n/k⌋`.
///
///     fold f tests rows [start_f, start_f + size_f),  size_f = ⌊n/k⌋ + (f < n mod k ? 1 : 0)
///
/// Every row is tested exactly once; each fold trains on the other `k − 1` blocks.
/// - Parameters:
///   - sampleCount: `n`, the number of rows.
///   - folds: `k`, with `2 ≤ k ≤ n`.
public func kFold(sampleCount: Int, folds: Int) throws(RegularizationError) -> [Fold] {
  try kFold(order: Array(0..<max(sampleCount, 0)), folds: folds)
}

/// The folds of k-fold cross-validation after a seeded shuffle, as scikit-learn's
/// `KFold(n_splits=k, shuffle=True)`: the rows are permuted first, then cut into the same
/// block sizes as without shuffling. Indices in each fold are reported ascending.
public func kFold(
  sampleCount: Int, folds: Int, using rng: inout some SeededGenerator
) throws(RegularizationError) -> [Fold] {
  try kFold(order: rng.permutation(max(sampleCount, 0)), folds: folds)
}

private func kFold(order: [Int], folds: Int) throws(RegularizationError) -> [Fold] {
  let n = order.count
  guard folds >= 2 else {
    throw .invalidParameter(name: "folds", value: Double(folds), requirement: ">= 2")
  }
  guard folds <= n else {
    throw .invalidParameter(
      name: "folds", value: Double(folds),
      requirement: "<= the number of samples (\(n))")
  }
  var result: [Fold] = []
  var start = 0
  for f in 0..<folds {
    let size = n / folds + (f < n % folds ? 1 : 0)
    var isTest = [Bool](repeating: false, count: n)
    for index in order[start..<(start + size)] { isTest[index] = true }
    result.append(
      Fold(
        trainIndices: (0..<n).filter { !isTest[$0] }, testIndices: (0..<n).filter { isTest[$0] }))
    start += size
  }
  return result
}
