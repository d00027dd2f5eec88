/// The settings every fit along a path shares, checked once: the L1 share `ρ`, the
/// relative duality-gap tolerance and the sweep limit.
///
/// Each fit at `α` minimizes (scikit-learn's objective, see `ElasticNet`)
///
///     1/(2n)·‖y_c − X_c·w‖² + α·ρ·‖w‖₁ + α·(1 − ρ)/2·‖w‖²
///
/// and the solvers work with it multiplied by `n`, whose penalty weights are
/// `penaltyWeights(alpha:samples:)`.
public struct PathSettings: Equatable, Sendable {
  /// `ρ ∈ [0, 1]`.
  public let l1Ratio: Double
  /// `tol > 0`: a fit stops when its duality gap is at most `tol·‖y_c‖²`.
  public let tolerance: Double
  /// The largest number of sweeps of one fit, `≥ 1`.
  public let maxIterations: Int

  /// Checks and stores the settings.
  ///
  /// - Throws: `.invalidParameter` if `l1Ratio` is outside [0, 1], `tolerance` is not a
  ///   finite number > 0, or `maxIterations < 1`.
  public init(l1Ratio: Double = 1, tolerance: Double = 1e-4, maxIterations: Int = 1000)
    throws(RegularizationError)
  {
    guard l1Ratio >= 0, l1Ratio <= 1 else {
      throw .invalidParameter(name: "l1Ratio", value: l1Ratio, requirement: "in [0, 1]")
    }
    guard tolerance > 0, tolerance.isFinite else {
      throw .invalidParameter(name: "tolerance", value: tolerance, requirement: "> 0")
    }
    guard maxIterations >= 1 else {
      throw .invalidParameter(
        name: "maxIterations", value: Double(maxIterations), requirement: ">= 1")
    }
    self.l1Ratio = l1Ratio
    self.tolerance = tolerance
    self.maxIterations = maxIterations
  }

  /// Checks one penalty strength.
  ///
  /// - Throws: `.nonFinite` for a NaN or infinite `alpha`; `.negativePenalty` if `α < 0`.
  public static func check(alpha: Double) throws(RegularizationError) {
    guard alpha.isFinite else { throw .nonFinite(what: "alpha") }
    guard alpha >= 0 else { throw .negativePenalty(alpha) }
  }

  /// The solver's penalty weights at `α` for `n` samples, computed exactly as
  /// scikit-learn does (the same roundings, so the same iterates):
  ///
  ///     λ₁ = (α·ρ)·n,   λ₂ = (α·(1 − ρ))·n
  public func penaltyWeights(alpha: Double, samples: Int) -> (l1: Double, l2: Double) {
    let n = Double(samples)
    return (alpha * l1Ratio * n, alpha * (1 - l1Ratio) * n)
  }
}
