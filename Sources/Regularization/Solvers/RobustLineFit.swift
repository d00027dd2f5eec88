/// Straight-line fits `ŷ = a + b·x` that minimize a robust loss of the residuals
/// `r_i = (a + b·x_i) − y_i`, each by a method that ends at a verifiable optimum:
///
///     leastAbsoluteDeviations:  minimize Σ_i |r_i|              (L1; exact, finite)
///     smoothL1(beta:):          minimize Σ_i SmoothL1_β(r_i)    (IRLS, then exact)
///
/// The minimizers do not change with PyTorch's `reduction='mean'` (a factor 1/n) nor
/// between Huber(δ) and Smooth L1(β = δ) (a factor δ). For the squared error use the
/// closed form, `RidgeRegression(alpha: 0)`. Check a result with `LineFit.gradient(of:)`
/// (smooth losses) or `LineFit.absoluteLossDescentRate` (L1).
public enum RobustLineFit {
  /// Checks the points: equal lengths, at least two, all finite, `x` not constant.
  static func validate(x: [Double], y: [Double]) throws(RegularizationError) {
    guard x.count == y.count else {
      throw .dimensionMismatch(
        what: "y values for the x values", expected: x.count, actual: y.count)
    }
    guard x.count >= 2 else { throw .tooFewSamples(actual: x.count, minimum: 2) }
    guard x.allSatisfy(\.isFinite) else { throw .nonFinite(what: "every x") }
    guard y.allSatisfy(\.isFinite) else { throw .nonFinite(what: "every y") }
    guard let first = x.first, x.contains(where: { $0 != first }) else {
      throw .invalidParameter(
        name: "x", value: x.first ?? .nan,
        requirement: "not constant (a line needs two distinct x values)")
    }
  }

  /// The weighted least-squares line, `argmin Σ_i w_i·(a + b·x_i − y_i)²`, in centered form:
  ///
  ///     x̄ = Σw·x/Σw,  ȳ = Σw·y/Σw,  b = Σw(x − x̄)(y − ȳ) / Σw(x − x̄)²,  a = ȳ − b·x̄
  ///
  /// Every weight must be > 0 and `x` not constant (checked by the callers).
  static func weightedLeastSquares(x: [Double], y: [Double], weights: [Double]) -> LineFit {
    var total = 0.0
    var sumX = 0.0
    var sumY = 0.0
    for i in x.indices {
      total += weights[i]
      sumX += weights[i] * x[i]
      sumY += weights[i] * y[i]
    }
    let meanX = sumX / total
    let meanY = sumY / total
    var sxy = 0.0
    var sxx = 0.0
    for i in x.indices {
      let dx = x[i] - meanX
      sxy += weights[i] * dx * (y[i] - meanY)
      sxx += weights[i] * dx * dx
    }
    let slope = sxy / sxx
    return LineFit(intercept: meanY - slope * meanX, slope: slope)
  }
}
