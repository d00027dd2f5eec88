import Regularization

/// Claim (a): four first-order methods on one lasso, against coordinate descent.
///
/// Data: `makeAutoregressiveRegression` with ρ = 0 (independent features), n = 100,
/// p = 50, 5 informative weights ±U(1, 2), noise σ = 1. Objective: scikit-learn's Lasso,
/// `1/(2n)·‖y − Xw − b‖² + α‖w‖₁`, at α = 0.1·α_max (a fixed fraction, chosen before
/// looking at any solution). Every method starts at w = 0 and takes the step η = 1/L,
/// L = λ_max(X_cᵀX_c/n):
/// - subgradient descent, w ← w − η(∇f(w) + α·sign(w)), sign(0) = 0;
/// - ISTA, w ← S(w − η∇f(w), ηα);
/// - the truncated gradient of Langford et al. with gravity α, θ = ∞, K = 1;
/// - the clipped combined step (the pitfall).
/// The reference is coordinate descent solved to a relative duality gap of 1e-13.
struct ProximalExperiment {
  static let samples = 100
  static let features = 50
  static let informative = 5
  static let noise = 1.0
  static let alphaFraction = 0.1
  static let iterations = 300
  /// The jitter of subgradient descent is measured over its last `window` iterates.
  static let window = 100
  /// How close ISTA must come to coordinate descent, coefficient by coefficient.
  static let agreement = 1e-6

  let truth: SyntheticRegression
  let loss: GramLeastSquares
  let alpha: Double
  let alphaMax: Double
  /// Coordinate descent's solution (the reference).
  let solution: [Double]
  /// The trajectories `[w_0, …, w_K]`; each is a `var` so a test can feed a wrong one.
  var subgradient: [[Double]]
  var ista: [[Double]]
  var truncated: [[Double]]
  var clipped: [[Double]]

  init(seed: UInt64, istaIterations: Int = iterations) throws {
    var generator = Xoshiro256StarStar(seed: seed)
    truth = try makeAutoregressiveRegression(
      samples: Self.samples, features: Self.features, correlation: 0,
      informative: Self.informative, noise: Self.noise, using: &generator)
    let x = truth.dataset.features
    let y = truth.dataset.targets
    loss = try GramLeastSquares(features: x, targets: y)
    alphaMax = try AlphaGrid.alphaMax(features: x, targets: y)
    alpha = Self.alphaFraction * alphaMax
    solution = try Lasso(alpha: alpha, tolerance: 1e-13, maxIterations: 100_000)
      .fit(features: x, targets: y).coefficients
    let penalty = try L1Penalty(lambda: alpha)
    let eta = 1 / loss.lipschitz
    subgradient = try SubgradientDescent(learningRate: eta, iterations: Self.iterations)
      .trajectory(loss, penalty: penalty)
    ista = try ProximalGradient(.ista, iterations: istaIterations)
      .minimize(loss, penalty: penalty).iterates
    truncated = try TruncatedGradient(
      learningRate: eta, gravity: alpha, iterations: Self.iterations
    ).trajectory(loss)
    clipped = try ClippedSubgradient(
      learningRate: eta, alpha: alpha, iterations: Self.iterations
    ).trajectory(loss)
  }

  /// The step size η = 1/L.
  var stepSize: Double { 1 / loss.lipschitz }

  /// The coefficients that are exactly 0 in coordinate descent's solution.
  var solutionZeros: [Int] { solution.indices.filter { solution[$0] == 0 } }

  /// The first iteration at which `path` is within `agreement` of the solution with the
  /// same exact zeros, if any.
  func firstAgreement(_ path: [[Double]]) -> Int? {
    path.firstIndex { w in
      maxAbsDifference(w, solution) <= Self.agreement && zeroPattern(w) == zeroPattern(solution)
    }
  }

  /// For each coordinate that is 0 in the solution: max |w_j| over the last `window`
  /// subgradient iterates, in units of ηα.
  var jitter: [Double] {
    let tail = subgradient.suffix(Self.window)
    return solutionZeros.map { j in
      (tail.map { abs($0[j]) }.max() ?? .nan) / (stepSize * alpha)
    }
  }
}

/// Which coefficients are exactly 0.
func zeroPattern(_ w: [Double]) -> [Bool] { w.map { $0 == 0 } }

/// The number of exact zeros.
func zeroCount(_ w: [Double]) -> Int { w.count(where: { $0 == 0 }) }
