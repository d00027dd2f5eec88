/// A linear teacher with standard normal inputs, the synthetic data of *Dive into Deep
/// Learning* (`d2l.synthetic_data`, and the `Data` class of its weight-decay chapter).
///
///     x ~ N(0, I_p),   y = wᵀx + b + ε,   ε ~ N(0, σ²)
///
/// With these inputs `E[(xᵀ(ŵ − w))²] = ‖ŵ − w‖²`, so the expected squared error of a
/// model is its distance to the teacher plus the noise: what a validation set estimates.
public struct GaussianLinearData: Equatable, Sendable {
  /// The teacher's weights `w`.
  public let weights: [Double]
  /// The teacher's bias `b`.
  public let bias: Double
  /// The noise standard deviation `σ ≥ 0`.
  public let noise: Double

  /// Checks and stores a teacher.
  ///
  /// - Throws: `.invalidParameter` if `noise` is negative or not finite; `.nonFinite` if a
  ///   weight or the bias is not finite; `.tooFewSamples` if there is no weight.
  public init(weights: [Double], bias: Double, noise: Double) throws(RegularizationError) {
    guard !weights.isEmpty else { throw .tooFewSamples(actual: 0, minimum: 1) }
    guard weights.allSatisfy(\.isFinite), bias.isFinite else {
      throw .nonFinite(what: "teacher weights and bias")
    }
    guard noise >= 0, noise.isFinite else {
      throw .invalidParameter(name: "noise", value: noise, requirement: "a finite number >= 0")
    }
    self.weights = weights
    self.bias = bias
    self.noise = noise
  }

  /// `count` samples: the inputs row by row, then the noise, in this order from `rng`.
  public func sample(count: Int, using rng: inout some SeededGenerator) -> Dataset {
    let p = weights.count
    let n = max(count, 0)
    var features = Matrix(rows: n, columns: p)
    features.elements = rng.normals(count: n * p)
    let clean = features.multiplied(by: weights)
    let targets = clean.map { $0 + bias + noise * rng.normal() }
    return Dataset(unchecked: features, targets: targets)
  }
}
