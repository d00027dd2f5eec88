/// The result of `RidgeRegression.fit`: coefficients and intercept.
public struct RidgeFit: Equatable, Sendable {
  /// The coefficients `w`, one per feature.
  public var coefficients: [Double]
  /// The intercept `b = ȳ − x̄ᵀw` (0 when fitted without an intercept).
  public var intercept: Double

  /// Predictions `ŷ = X·w + b` for the rows of `features`.
  ///
  /// - Throws: `.dimensionMismatch` if `features` has the wrong number of columns.
  public func predictions(for features: Matrix) throws(RegularizationError) -> [Double] {
    guard features.columns == coefficients.count else {
      throw .dimensionMismatch(
        what: "number of feature columns", expected: coefficients.count,
        actual: features.columns)
    }
    return features.multiplied(by: coefficients).map { $0 + intercept }
  }
}
