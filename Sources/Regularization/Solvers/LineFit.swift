/// A straight line `ŷ = a + b·x` fitted to points `(x_i, y_i)`, and how it was found.
///
/// The residual follows PyTorch's losses: prediction minus target,
///
///     r_i = (a + b·x_i) − y_i,
///
/// so `ℓ′(r_i)` is the derivative of a sample's loss in its prediction.
public struct LineFit: Equatable, Sendable {
  /// The intercept `a`.
  public var intercept: Double
  /// The slope `b`.
  public var slope: Double
  /// How many iterations the solver took (0 for a closed form).
  public var iterations: Int

  public init(intercept: Double, slope: Double, iterations: Int = 0) {
    self.intercept = intercept
    self.slope = slope
    self.iterations = iterations
  }

  /// The prediction `a + b·x`.
  public func prediction(at x: Double) -> Double { intercept + slope * x }

  /// The residuals `r_i = (a + b·x_i) − y_i`; `x` and `y` must have the same length.
  public func residuals(x: [Double], y: [Double]) -> [Double] {
    precondition(x.count == y.count, "\(x.count) x values but \(y.count) y values")
    return x.indices.map { prediction(at: x[$0]) - y[$0] }
  }

  /// The summed loss `Σ_i ℓ(r_i)` of the line (the mean, PyTorch's `reduction='mean'`,
  /// is this divided by n and has the same minimizer).
  public func totalLoss(_ loss: some ResidualLoss, x: [Double], y: [Double]) -> Double {
    residuals(x: x, y: y).reduce(0) { $0 + loss.value(residual: $1) }
  }

  /// The gradient of `Σ_i ℓ(r_i)` in `(a, b)`:
  ///
  ///     ∂/∂a = Σ_i ℓ′(r_i),   ∂/∂b = Σ_i ℓ′(r_i)·x_i
  ///
  /// For a convex loss that is differentiable everywhere (MSE, Smooth L1, Huber) the line
  /// is a minimizer exactly when both are 0. For L1 use `absoluteLossDescentRate`.
  public func gradient(
    of loss: some ResidualLoss, x: [Double], y: [Double]
  ) -> (intercept: Double, slope: Double) {
    var ga = 0.0
    var gb = 0.0
    for (i, r) in residuals(x: x, y: y).enumerated() {
      let d = loss.derivative(residual: r)
      ga += d
      gb += d * x[i]
    }
    return (ga, gb)
  }
}
