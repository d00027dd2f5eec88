/// A design whose features are an AR(1) sequence across columns: neighbouring features are
/// strongly correlated when `ρ` is near 1, independent when `ρ = 0`.
///
///     x_i1 = z_i1,   x_ij = ρ·x_i,j−1 + √(1 − ρ²)·z_ij,   z_ij ~ N(0, 1), drawn row by row
///     Var(x_ij) = 1,   Corr(x_ij, x_ik) = ρ^|j − k|
///
/// The population covariance is the Toeplitz matrix `Σ_jk = ρ^|j−k|`, whose eigenvalues lie
/// between `(1 − ρ)/(1 + ρ)` and `(1 + ρ)/(1 − ρ)`: at `ρ = 0.95` a condition number of
/// about 1500: an ill-conditioned least-squares problem, on which plain gradient methods
/// slow down (lesson 10).
///
/// - Parameters:
///   - samples: `n ≥ 1`.
///   - features: `p ≥ 1`.
///   - correlation: `ρ ∈ (−1, 1)`.
///   - rng: The seeded generator the draws come from.
/// - Throws: `.tooFewSamples` for `n < 1`, `.invalidParameter` for `p < 1` or `|ρ| ≥ 1`.
public func autoregressiveDesign(
  samples: Int, features: Int, correlation: Double, using rng: inout some SeededGenerator
) throws(RegularizationError) -> Matrix {
  guard samples >= 1 else { throw .tooFewSamples(actual: samples, minimum: 1) }
  guard features >= 1 else {
    throw .invalidParameter(name: "features", value: Double(features), requirement: ">= 1")
  }
  guard correlation.isFinite, abs(correlation) < 1 else {
    throw .invalidParameter(name: "correlation", value: correlation, requirement: "in (-1, 1)")
  }
  let innovation = (1 - correlation * correlation).squareRoot()
  var x = Matrix(rows: samples, columns: features)
  for i in 0..<samples {
    x[i, 0] = rng.normal()
    for j in 1..<features {
      x[i, j] = correlation * x[i, j - 1] + innovation * rng.normal()
    }
  }
  return x
}

/// A sparse linear regression problem on an AR(1) design (see `autoregressiveDesign`).
///
///     w_j = ±U(1, 2) on `informative` features chosen at random, 0 elsewhere
///     y = X·w + b + σ·ε,   ε_i ~ N(0, 1)
///
/// Draw order: the design, then the informative positions (a permutation of the columns,
/// its first `k` entries), then each informative weight's sign and size, then the noise.
///
/// - Throws: the errors of `autoregressiveDesign`, `.invalidParameter` if `informative` is
///   not in `0 … p` or `noise` is negative or not finite; `.nonFinite` for `bias`.
public func makeAutoregressiveRegression(
  samples: Int, features: Int, correlation: Double, informative: Int, noise: Double,
  bias: Double = 0, using rng: inout some SeededGenerator
) throws(RegularizationError) -> SyntheticRegression {
  let x = try autoregressiveDesign(
    samples: samples, features: features, correlation: correlation, using: &rng)
  try checkSignal(features: features, informative: informative, noise: noise, bias: bias)
  let positions = Array(rng.permutation(features).prefix(informative)).sorted()
  var w = [Double](repeating: 0, count: features)
  for j in positions {
    let sign: Double = rng.bernoulli(probability: 0.5) ? 1 : -1
    w[j] = sign * rng.uniform(in: 1..<2)
  }
  var y = x.multiplied(by: w)
  for i in 0..<samples { y[i] += bias + noise * rng.normal() }
  return SyntheticRegression(
    dataset: Dataset(unchecked: x, targets: y), coefficients: w,
    informativeFeatures: positions, bias: bias, noise: noise)
}
