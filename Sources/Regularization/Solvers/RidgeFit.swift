/// The result of `RidgeRegression.fit`: coefficients and intercept.
public struct RidgeFit: LinearPredictor, Equatable, Sendable {
  /// The coefficients `w`, one per feature.
  public var coefficients: [Double]
  /// The intercept `b = ȳ − x̄ᵀw` (0 when fitted without an intercept).
  public var intercept: Double
}
