import Regularization

/// The elastic-net paths at ρ = 1, ½ and 0.1 on one correlated-groups data set, each on
/// scikit-learn's grid for its own ρ (100 α from α_max(ρ) down to 10⁻³·α_max(ρ)).
struct PathsExperiment: Sendable {
  static let ratios = [1.0, 0.5, 0.1]

  let data: CorrelatedGroups
  /// One path per ratio, in the order of `ratios`.
  let paths: [ElasticNetPath]

  init(data: CorrelatedGroups) throws {
    self.data = data
    paths = try Self.ratios.map { ratio throws(RegularizationError) in
      try ElasticNetPath(
        features: data.dataset.features, targets: data.dataset.targets, l1Ratio: ratio)
    }
  }
}
