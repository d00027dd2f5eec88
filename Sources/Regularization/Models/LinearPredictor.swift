/// A fitted linear model `f(x) = wᵀx + b`: anything with coefficients and an intercept.
public protocol LinearPredictor {
  /// The coefficients `w`, one per feature.
  var coefficients: [Double] { get }
  /// The intercept `b`.
  var intercept: Double { get }
}

extension LinearPredictor {
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
