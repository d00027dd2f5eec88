/// A synthetic linear regression problem and the truth behind it (see `makeRegression`).
public struct SyntheticRegression: Equatable, Sendable {
  /// The samples: features `X` and targets `y = X·w + bias + noise·ε`.
  public var dataset: Dataset
  /// The true coefficients `w`, one per feature (0 for the uninformative ones).
  public var coefficients: [Double]
  /// The indices of the informative features (those with non-zero `w_j`), ascending.
  public var informativeFeatures: [Int]
  /// The true intercept.
  public var bias: Double
  /// The standard deviation `σ` of the Gaussian noise added to `y`.
  public var noise: Double
}

/// A random linear regression problem in the manner of scikit-learn's
/// `sklearn.datasets.make_regression` (same defaults, same order of steps).
///
///     X_ij ~ N(0, 1)                    n × p, drawn row by row
///     w_j = 100 · U(0, 1) for the first k features, w_j = 0 for the others
///     y = X·w + bias + σ·ε,   ε_i ~ N(0, 1)   (ε is drawn only when σ > 0)
///
/// When `shuffle` is true, the rows are then permuted, and after them the columns, with the
/// coefficients permuted along with the columns, so the informative features end up at
/// random positions (reported in `informativeFeatures`).
///
/// The numbers differ from scikit-learn's, since the generator differs (xoshiro256**, not
/// NumPy's Mersenne Twister), but the distribution of the problems is the same.
/// - Parameters:
///   - samples: `n ≥ 1`.
///   - features: `p ≥ 1`.
///   - informative: `k`, with `0 ≤ k ≤ p` (scikit-learn silently uses `min(k, p)`; here
///     `k > p` is an error, so a typo cannot change the problem unnoticed).
///   - noise: `σ ≥ 0`.
///   - bias: The intercept added to every target.
///   - shuffle: Whether to permute rows and columns.
///   - rng: The seeded generator the draws come from.
public func makeRegression(
  samples: Int = 100, features: Int = 100, informative: Int = 10, noise: Double = 0,
  bias: Double = 0, shuffle: Bool = true, using rng: inout some SeededGenerator
) throws(RegularizationError) -> SyntheticRegression {
  guard samples >= 1 else { throw .tooFewSamples(actual: samples, minimum: 1) }
  guard features >= 1 else {
    throw .invalidParameter(name: "features", value: Double(features), requirement: ">= 1")
  }
  try checkSignal(features: features, informative: informative, noise: noise, bias: bias)

  var x = Matrix(rows: samples, columns: features)
  for index in x.elements.indices { x.elements[index] = rng.normal() }
  var w = [Double](repeating: 0, count: features)
  for j in 0..<informative { w[j] = 100 * rng.uniform() }
  var y = x.multiplied(by: w).map { $0 + bias }
  if noise > 0 {
    for i in 0..<samples { y[i] += noise * rng.normal() }
  }
  var informativeFeatures = Array(0..<informative)
  if shuffle {
    let rowOrder = rng.permutation(samples)
    let columnOrder = rng.permutation(features)
    var permuted = Matrix(rows: samples, columns: features)
    for i in 0..<samples {
      for j in 0..<features { permuted[i, j] = x[rowOrder[i], columnOrder[j]] }
    }
    x = permuted
    y = rowOrder.map { y[$0] }
    w = columnOrder.map { w[$0] }
    informativeFeatures = (0..<features).filter { columnOrder[$0] < informative }
  }
  return SyntheticRegression(
    dataset: Dataset(unchecked: x, targets: y), coefficients: w,
    informativeFeatures: informativeFeatures, bias: bias, noise: noise)
}

/// The checks every synthetic regression makes on its signal: `0 ≤ informative ≤ p`,
/// a finite `noise ≥ 0` and a finite `bias`.
func checkSignal(
  features: Int, informative: Int, noise: Double, bias: Double
) throws(RegularizationError) {
  guard (0...features).contains(informative) else {
    throw .invalidParameter(
      name: "informative", value: Double(informative),
      requirement: "between 0 and the number of features (\(features))")
  }
  guard noise.isFinite, noise >= 0 else {
    throw .invalidParameter(name: "noise", value: noise, requirement: "finite and >= 0")
  }
  guard bias.isFinite else { throw .nonFinite(what: "bias") }
}
