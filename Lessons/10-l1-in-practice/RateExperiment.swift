import Regularization

/// Claim (b): ISTA and FISTA on an ill-conditioned and a well-conditioned lasso, their
/// objective gaps against the rate bounds of Beck and Teboulle (2009).
///
/// Data: `makeAutoregressiveRegression`, n = 100, p = 50, 5 informative weights, noise 1,
/// with ρ = 0.95 (neighbouring features correlated 0.95, condition number of X_cᵀX_c/n
/// in the thousands) and with ρ = 0 (independent features). Objective: scikit-learn's
/// Lasso at α = 0.1·α_max. Both methods start at w_0 = 0 with the step 1/L. The optimum
/// F* is the smallest objective seen: coordinate descent's (to a relative gap of 1e-13)
/// or any iterate's, whichever is lower, so that no gap is negative.
struct RateExperiment {
  static let samples = 100
  static let features = 50
  static let informative = 5
  static let noise = 1.0
  static let alphaFraction = 0.1
  static let iterations = 500
  /// The claim compares the two curves from this iteration on.
  static let comparisonStart = 10

  /// One problem: its data, its constants and both runs.
  struct Problem {
    let correlation: Double
    let lipschitz: Double
    /// The smallest eigenvalue of X_cᵀX_c/n, for the condition number.
    let smallestEigenvalue: Double
    let optimum: Double
    /// `‖w_0 − w*‖²` with `w*` coordinate descent's solution.
    let squaredDistance: Double
    /// `F(w_k) − F*` for k = 0 … K; `var` so that a test can feed a wrong curve.
    var istaGaps: [Double]
    var fistaGaps: [Double]

    init(seed: UInt64, correlation: Double) throws {
      var generator = Xoshiro256StarStar(seed: seed)
      let truth = try makeAutoregressiveRegression(
        samples: RateExperiment.samples, features: RateExperiment.features,
        correlation: correlation, informative: RateExperiment.informative,
        noise: RateExperiment.noise, using: &generator)
      let x = truth.dataset.features
      let y = truth.dataset.targets
      let loss = try GramLeastSquares(features: x, targets: y)
      let alpha = RateExperiment.alphaFraction * (try AlphaGrid.alphaMax(features: x, targets: y))
      let penalty = try L1Penalty(lambda: alpha)
      let solution = try Lasso(alpha: alpha, tolerance: 1e-13, maxIterations: 1_000_000)
        .fit(features: x, targets: y).coefficients
      let ista = try ProximalGradient(.ista, iterations: RateExperiment.iterations)
        .minimize(loss, penalty: penalty)
      let fista = try ProximalGradient(.fista, iterations: RateExperiment.iterations)
        .minimize(loss, penalty: penalty)
      let best = loss.value(solution) + penalty.value(solution)
      optimum = min(best, ista.objectives.min() ?? best, fista.objectives.min() ?? best)
      self.correlation = correlation
      lipschitz = loss.lipschitz
      smallestEigenvalue = loss.eigenvalues.last ?? .nan
      squaredDistance = squaredNorm(solution)
      istaGaps = ista.gaps(optimum: optimum)
      fistaGaps = fista.gaps(optimum: optimum)
    }

    /// The bound of `method` at iteration `k ≥ 1`.
    func bound(_ method: ProximalGradient.Method, at k: Int) -> Double {
      ProximalGradient.bound(
        method, after: k, lipschitz: lipschitz, squaredDistance: squaredDistance)
    }

    /// The iterations `1 … K`.
    var steps: ClosedRange<Int> { 1...RateExperiment.iterations }

    /// The largest `gap_k / bound_k` over k = 1 … K (≤ 1: under the bound everywhere).
    func worstBoundRatio(_ gaps: [Double], _ method: ProximalGradient.Method) -> Double {
      steps.map { gaps[$0] / bound(method, at: $0) }.max() ?? .nan
    }

    /// The first k at which ISTA's gap is above FISTA's bound, if any.
    var istaCrossesFistaBound: Int? {
      steps.first { istaGaps[$0] > bound(.fista, at: $0) }
    }

    /// The k ≥ `comparisonStart` at which FISTA's gap is not below ISTA's.
    var fistaNotBelow: [Int] {
      (RateExperiment.comparisonStart...RateExperiment.iterations).filter {
        !(fistaGaps[$0] < istaGaps[$0])
      }
    }

    /// The first k at which the gap is at most `level` relative to F*, if any.
    func iterations(toReach level: Double, _ gaps: [Double]) -> Int? {
      gaps.firstIndex { $0 <= level * abs(optimum) }
    }
  }

  var illConditioned: Problem
  var wellConditioned: Problem

  init(seed: UInt64) throws {
    illConditioned = try Problem(seed: seed, correlation: 0.95)
    wellConditioned = try Problem(seed: seed, correlation: 0)
  }
}
