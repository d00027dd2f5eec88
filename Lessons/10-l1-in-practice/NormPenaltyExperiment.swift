import Regularization

/// Claim (c): `λ‖w‖₂`, the norm that `torch.norm(p, 2)` adds, against weight decay's
/// `λ/2·‖w‖²`.
///
/// Two measurements:
/// - the penalties and their gradient lengths along a ray `w = s·u` (u a unit vector,
///   s from 0 to 2), through the library's `GroupNormPenalty` and `L2Penalty`;
/// - the penalized least squares `1/(2n)‖y_c − X_c·w‖² + λ‖w‖₂` on the snippet's data
///   (`SnippetExperiment.data`), solved by FISTA (block soft-thresholding), just above and
///   just below the threshold `λ₀ = ‖∇f(0)‖ = ‖X_cᵀy_c‖/n` where w = 0 becomes optimal,
///   beside ridge at the same λ.
struct NormPenaltyExperiment {
  static let lambda = 1.0
  static let radii: [Double] = (0...40).map { Double($0) / 20 }
  static let iterations = 1000

  /// ‖w‖ along the ray.
  let radii: [Double]
  let normValues: [Double]
  let squaredValues: [Double]
  /// `‖∇P(w)‖` along the ray (at w = 0 the norm's gradient is the library's choice, 0);
  /// `var` so that a test can feed the squared penalty's lengths as the norm's.
  var normGradientLengths: [Double]
  let squaredGradientLengths: [Double]
  /// The threshold `λ₀`.
  let threshold: Double
  /// The factors of λ₀ the solutions are computed at (above and below).
  let aboveFactor: Double
  let belowFactor: Double
  var aboveSolution: [Double]
  var belowSolution: [Double]
  /// Ridge (`λ/2·‖w‖²`) at `aboveFactor·λ₀`.
  let ridgeAbove: [Double]
  /// The least-squares solution's norm, for scale.
  let leastSquaresNorm: Double

  init(seed: UInt64, aboveFactor: Double = 1.001, belowFactor: Double = 0.999) throws {
    let norm = try GroupNormPenalty(lambda: Self.lambda)
    let squared = try L2Penalty(lambda: Self.lambda)
    let direction = [0.6, -0.8]
    radii = Self.radii
    let points = radii.map { scaled(direction, by: $0) }
    normValues = points.map { norm.value($0) }
    squaredValues = points.map { squared.value($0) }
    normGradientLengths = points.map { euclideanNorm(norm.gradient($0)) }
    squaredGradientLengths = points.map { euclideanNorm(squared.gradient($0)) }

    let data = try SnippetExperiment.data(seed: seed)
    let loss = try GramLeastSquares(features: data.dataset.features, targets: data.dataset.targets)
    threshold = euclideanNorm(loss.correlations)
    self.aboveFactor = aboveFactor
    self.belowFactor = belowFactor
    let solver = try ProximalGradient(.fista, iterations: Self.iterations)
    aboveSolution = try solver.minimize(
      loss, penalty: GroupNormPenalty(lambda: aboveFactor * threshold)
    ).coefficients
    belowSolution = try solver.minimize(
      loss, penalty: GroupNormPenalty(lambda: belowFactor * threshold)
    ).coefficients
    ridgeAbove = try solver.minimize(
      loss, penalty: L2Penalty(lambda: aboveFactor * threshold)
    ).coefficients
    leastSquaresNorm = euclideanNorm(
      try RidgeRegression(alpha: 0).fit(
        features: data.dataset.features, targets: data.dataset.targets
      ).coefficients)
  }

  /// The largest `|‖∇(λ‖w‖)‖ − λ|` over the ray's points with `w ≠ 0`.
  var normGradientDeviation: Double {
    radii.indices.filter { radii[$0] > 0 }.map { abs(normGradientLengths[$0] - Self.lambda) }
      .max() ?? .nan
  }

  /// The norm's gradient length at w = 0 (the handled 0/0).
  var gradientAtZero: Double { normGradientLengths[radii.firstIndex(of: 0) ?? 0] }
}
