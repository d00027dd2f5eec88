/// Proximal gradient descent for a penalized least squares, `F(w) = f(w) + P(w)`: ISTA and
/// its accelerated form FISTA, with the constant step `1/L`.
///
///     ISTA    w_k = prox_{P/L}(w_{k−1} − ∇f(w_{k−1})/L)
///     FISTA   w_k = prox_{P/L}(v_k − ∇f(v_k)/L)
///             t_{k+1} = (1 + √(1 + 4t_k²))/2,   v_{k+1} = w_k + ((t_k − 1)/t_{k+1})·(w_k − w_{k−1})
///             v_1 = w_0,  t_1 = 1
///
/// `f` is scikit-learn's `1/(2n)·‖y_c − X_c·w‖²` (`GramLeastSquares`) and `L = λ_max(X_cᵀX_c/n)`.
/// With `P = L1Penalty(lambda: α)` this is scikit-learn's `Lasso(alpha = α)`, with
/// `P = ElasticNetPenalty(alpha: α, l1Ratio: ρ)` its `ElasticNet`; the L2 part of the
/// elastic net goes into the proximal map (`S(v, αρ/L)/(1 + α(1 − ρ)/L)`), so `L` is the
/// same for both. For L1 the proximal map is soft-thresholding, so every coordinate whose
/// gradient step lands in `[−α/L, α/L]` becomes exactly 0: the zeros of coordinate
/// descent appear exactly, not approximately.
///
/// Rates (Beck and Teboulle 2009, Theorems 3.1 and 4.4), for every `k ≥ 1` and any
/// minimizer `w*`:
///
///     ISTA    F(w_k) − F(w*) ≤ L·‖w_0 − w*‖² / (2k)
///     FISTA   F(w_k) − F(w*) ≤ 2L·‖w_0 − w*‖² / (k + 1)²
///
/// (see `ProximalGradient.bound(after:lipschitz:squaredDistance:)`).
///
/// Reference: A. Beck and M. Teboulle, "A Fast Iterative Shrinkage-Thresholding Algorithm
/// for Linear Inverse Problems", SIAM Journal on Imaging Sciences 2(1), 183–202 (2009).
public struct ProximalGradient: Equatable, Sendable {
  /// The two algorithms of Beck and Teboulle (2009).
  public enum Method: String, Equatable, Sendable, CaseIterable {
    /// The iterative shrinkage-thresholding algorithm, `O(1/k)`.
    case ista = "ISTA"
    /// Its fast (accelerated) version, `O(1/k²)`.
    case fista = "FISTA"
  }

  /// ISTA or FISTA.
  public let method: Method
  /// The number of iterations `K ≥ 0` (no stopping rule: the lessons compare whole runs).
  public let iterations: Int

  /// Checks and stores a configuration.
  ///
  /// - Throws: `.invalidParameter` if `iterations < 0`.
  public init(_ method: Method, iterations: Int) throws(RegularizationError) {
    try OptimizerCheck.count(iterations, name: "iterations")
    self.method = method
    self.iterations = iterations
  }

  /// Runs `iterations` steps from `start` (zeros if `nil`) with the step `1/L`.
  ///
  /// - Throws: `.dimensionMismatch` if `start` does not have `p` entries, `.nonFinite` if it
  ///   has NaN or ∞, `.invalidParameter` if `L = 0` (no feature varies, so no step exists).
  public func minimize(
    _ loss: GramLeastSquares, penalty: some Penalty, from start: [Double]? = nil
  ) throws(RegularizationError) -> ProximalGradientRun {
    let w0 = start ?? [Double](repeating: 0, count: loss.columns)
    try Self.check(start: w0, loss: loss)
    let step = 1 / loss.lipschitz
    var w = w0
    var previous = w0
    var v = w0
    var t = 1.0
    var iterates = [w0]
    // `G·w` of the current iterate: ISTA's next gradient and this iterate's objective share it.
    var product = loss.gram.multiplied(by: w0)
    var objectives = [loss.value(w0, product: product) + penalty.value(w0)]
    for _ in 0..<iterations {
      let point = method == .fista ? v : w
      let g = subtracting(
        method == .fista ? loss.gram.multiplied(by: v) : product, loss.correlations)
      var forward = point
      for j in forward.indices { forward[j] -= step * g[j] }
      previous = w
      // −0.0 from soft-thresholding a negative value becomes 0.0, as in coordinate descent.
      w = penalty.proximal(forward, stepSize: step).map { $0 == 0 ? 0 : $0 }
      if method == .fista {
        let next = (1 + (1 + 4 * t * t).squareRoot()) / 2
        let momentum = (t - 1) / next
        for j in v.indices { v[j] = w[j] + momentum * (w[j] - previous[j]) }
        t = next
      }
      product = loss.gram.multiplied(by: w)
      iterates.append(w)
      objectives.append(loss.value(w, product: product) + penalty.value(w))
    }
    return ProximalGradientRun(
      method: method, iterates: iterates, objectives: objectives, stepSize: step,
      intercept: loss.intercept(for: w))
  }

  /// The rate bound of `method` after `k ≥ 1` iterations (see the type's description).
  ///
  ///     ISTA  L·R²/(2k),   FISTA  2L·R²/(k + 1)²,   R² = ‖w_0 − w*‖²
  public static func bound(
    _ method: Method, after k: Int, lipschitz: Double, squaredDistance: Double
  ) -> Double {
    let k = Double(k)
    return switch method {
    case .ista: lipschitz * squaredDistance / (2 * k)
    case .fista: 2 * lipschitz * squaredDistance / ((k + 1) * (k + 1))
    }
  }

  static func check(start: [Double], loss: GramLeastSquares) throws(RegularizationError) {
    try checkStart(start, columns: loss.columns)
    guard loss.lipschitz > 0 else {
      throw .invalidParameter(
        name: "the Lipschitz constant L = λ_max(XᵀX/n)", value: loss.lipschitz,
        requirement: "> 0 (some feature must vary)")
    }
  }
}
