/// A supervised data set: a feature matrix `X` (n samples × p features) and targets `y`.
public struct Dataset: Equatable, Sendable {
  /// The features `X`, one row per sample.
  public var features: Matrix
  /// The targets `y`, one per sample.
  public var targets: [Double]

  /// A data set whose `targets.count` must equal `features.rows`.
  public init(features: Matrix, targets: [Double]) throws(RegularizationError) {
    guard targets.count == features.rows else {
      throw .dimensionMismatch(
        what: "number of targets", expected: features.rows,
        actual: targets.count)
    }
    self.features = features
    self.targets = targets
  }

  /// The number of samples, `n`.
  public var sampleCount: Int { features.rows }
  /// The number of features, `p`.
  public var featureCount: Int { features.columns }

  /// The samples with the given indices, in that order.
  public func selecting(_ indices: [Int]) -> Dataset {
    // Sizes agree by construction, so the throwing initializer is bypassed.
    Dataset(unchecked: features.selectingRows(indices), targets: indices.map { targets[$0] })
  }

  init(unchecked features: Matrix, targets: [Double]) {
    self.features = features
    self.targets = targets
  }
}
