/// What a run of ISTA, FISTA or a subgradient method returns: every iterate and its
/// objective, so that convergence can be plotted and checked against the rate bounds.
public struct ProximalGradientRun: Equatable, Sendable {
  /// The algorithm that produced the run.
  public let method: ProximalGradient.Method
  /// `[w_0, w_1, …, w_K]`, `K + 1` vectors of `p` coefficients.
  public let iterates: [[Double]]
  /// `[F(w_0), …, F(w_K)]`, the penalized objective at each iterate.
  public let objectives: [Double]
  /// The step size used, `1/L`.
  public let stepSize: Double
  /// The intercept `b = ȳ − x̄ᵀw_K` that goes with the last iterate (0 without one).
  public let intercept: Double

  /// The last iterate `w_K`.
  public var coefficients: [Double] { iterates[iterates.count - 1] }

  /// The number of iterations `K`.
  public var iterations: Int { iterates.count - 1 }

  /// `F(w_k) − F*` for every `k`, given the optimal value `F*`.
  public func gaps(optimum: Double) -> [Double] { objectives.map { $0 - optimum } }
}
