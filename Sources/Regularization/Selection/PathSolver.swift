/// What solves the warm-started path of every fold (and the refit) in `ElasticNetCV`.
///
/// Each solver minimizes, at every `α_k` of a decreasing grid, the same objective to the
/// same duality-gap tolerance (see `PathSettings`), starting from the solution at `α_{k−1}`;
/// solvers differ in their iterates, so their solutions agree within what the tolerance
/// allows. `ReferencePathSolver` is scikit-learn's cyclic coordinate descent; reglab passes
/// the faster engine of its own `PathEngine` target.
public protocol PathSolver: Sendable {
  /// The fits at `alphas` (decreasing) on `design`, in order.
  func fits(_ design: CenteredDesign, alphas: [Double], settings: PathSettings)
    throws(RegularizationError) -> [ElasticNetFit]
}

/// `ElasticNetPath`: scikit-learn's cyclic coordinate descent, iterate for iterate, so
/// results at the default tolerance match scikit-learn's `LassoCV` and `ElasticNetCV`.
public struct ReferencePathSolver: PathSolver {
  public init() {}

  public func fits(_ design: CenteredDesign, alphas: [Double], settings: PathSettings)
    throws(RegularizationError) -> [ElasticNetFit]
  {
    try ElasticNetPath(design, alphas: alphas, settings: settings).fits
  }
}

extension PathSolver {
  /// One cold fit at `alpha` (scikit-learn's refit), with the same solver.
  func fit(_ design: CenteredDesign, alpha: Double, settings: PathSettings)
    throws(RegularizationError) -> ElasticNetFit
  {
    let fits = try fits(design, alphas: [alpha], settings: settings)
    guard let fit = fits.first else { preconditionFailure("a one-α path returned no fit") }
    return fit
  }
}
