extension ElasticNetCV {
  /// Which path solver runs the folds (both minimize the same objective to the same
  /// duality-gap tolerance).
  public enum Solver: Sendable, Equatable {
    /// `ElasticNetPath`: scikit-learn's cyclic coordinate descent, iterate for iterate,
    /// so results at the default tolerance match scikit-learn's too.
    case reference
    /// `FastElasticNetPath` (for large data; iterates differ within the tolerance).
    case fast(directGapCheck: Bool)
  }
}

/// The solver settings shared by every fold's path and the refit.
struct PathSettings {
  let l1Ratio: Double
  let fitIntercept: Bool
  let tolerance: Double
  let maxIterations: Int
  let solver: ElasticNetCV.Solver

  func path(_ design: CenteredDesign, alphas: [Double]) throws(RegularizationError)
    -> [ElasticNetFit]
  {
    switch solver {
    case .reference:
      return try ElasticNetPath(
        design, alphas: alphas, l1Ratio: l1Ratio, fitIntercept: fitIntercept,
        tolerance: tolerance, maxIterations: maxIterations
      ).fits
    case .fast(let directGapCheck):
      return try FastElasticNetPath(
        design, alphas: alphas, l1Ratio: l1Ratio, tolerance: tolerance,
        maxIterations: maxIterations, directGapCheck: directGapCheck
      ).fits
    }
  }

  /// One cold fit at `alpha` (scikit-learn's refit), with the same solver.
  func fit(_ design: CenteredDesign, alpha: Double) throws(RegularizationError)
    -> ElasticNetFit
  {
    let fits = try path(design, alphas: [alpha])
    guard let fit = fits.first else { preconditionFailure("a one-α path returned no fit") }
    return fit
  }
}
