/// A regression problem whose features come in groups of strongly correlated columns,
/// plus independent noise features: the data on which the Lasso and the elastic net
/// differ most (Zou & Hastie 2005, the grouping effect).
///
///     z_ig ~ N(0, 1)                     one latent factor per group g
///     x_ij = z_ig + spread·e_ij          for the groupSize members j of group g, e_ij ~ N(0, 1)
///     x_ij ~ N(0, 1)                     for the noise features
///     y_i  = Σ_g c_g·Σ_{j ∈ g} x_ij + σ·ε_i,   ε_i ~ N(0, 1)
///
/// Two members of one group correlate 1/(1 + spread²) (0.990 at spread 0.1). Every member
/// of group g has the true weight `c_g`; the noise features have 0. Draws happen in the
/// order z, e, noise features (row by row), ε. Columns: group 1's members, group 2's, …,
/// then the noise features.
///
/// Reference: H. Zou, T. Hastie, "Regularization and variable selection via the elastic
/// net", J. R. Statist. Soc. B 67 (2005), section 2.3.
public struct CorrelatedGroups: Equatable, Sendable {
  /// The samples.
  public var dataset: Dataset
  /// The true coefficients (`c_g` for each member of group g, 0 for noise features).
  public var coefficients: [Double]
  /// `groups[g]`: the column indices of group g's members.
  public var groups: [[Int]]
  /// The column indices of the noise features.
  public var noiseFeatures: [Int]

  /// Draws a data set.
  ///
  /// - Parameters:
  ///   - samples: `n ≥ 2`.
  ///   - groupWeights: `c_g`, one per group (at least one group).
  ///   - groupSize: members per group, ≥ 1.
  ///   - noiseFeatures: independent features with weight 0, ≥ 0.
  ///   - spread: the members' own noise around their factor, ≥ 0.
  ///   - noise: `σ ≥ 0`.
  /// - Throws: `.tooFewSamples`, or `.invalidParameter` naming the bad count or scale.
  public init(
    samples: Int = 100, groupWeights: [Double] = [3, -2.5, 2], groupSize: Int = 3,
    noiseFeatures: Int = 5, spread: Double = 0.1, noise: Double = 1,
    using rng: inout some SeededGenerator
  ) throws(RegularizationError) {
    guard samples >= 2 else { throw .tooFewSamples(actual: samples, minimum: 2) }
    guard !groupWeights.isEmpty, groupWeights.allSatisfy(\.isFinite) else {
      throw .invalidParameter(
        name: "groupWeights.count", value: Double(groupWeights.count),
        requirement: ">= 1, every weight finite")
    }
    guard groupSize >= 1 else {
      throw .invalidParameter(name: "groupSize", value: Double(groupSize), requirement: ">= 1")
    }
    guard noiseFeatures >= 0 else {
      throw .invalidParameter(
        name: "noiseFeatures", value: Double(noiseFeatures), requirement: ">= 0")
    }
    for (name, value) in [("spread", spread), ("noise", noise)]
    where !(value >= 0 && value.isFinite) {
      throw .invalidParameter(name: name, value: value, requirement: "finite and >= 0")
    }
    let k = groupWeights.count
    let grouped = k * groupSize
    let p = grouped + noiseFeatures
    var x = Matrix(rows: samples, columns: p)
    let factors = (0..<(samples * k)).map { _ in rng.normal() }
    for i in 0..<samples {
      for j in 0..<grouped { x[i, j] = factors[i * k + j / groupSize] + spread * rng.normal() }
    }
    for i in 0..<samples {
      for j in grouped..<p { x[i, j] = rng.normal() }
    }
    let w = (0..<p).map { $0 < grouped ? groupWeights[$0 / groupSize] : 0 }
    var y = x.multiplied(by: w)
    for i in 0..<samples { y[i] += noise * rng.normal() }
    dataset = Dataset(unchecked: x, targets: y)
    coefficients = w
    groups = (0..<k).map { g in Array((g * groupSize)..<((g + 1) * groupSize)) }
    self.noiseFeatures = Array(grouped..<p)
  }
}
