extension ElasticNet {
  /// The objective `1/(2n)·‖y − X·w − b‖² + α·ρ·‖w‖₁ + α·(1 − ρ)/2·‖w‖²` at `(w, b)`.
  ///
  /// - Throws: `.dimensionMismatch` if the sizes disagree.
  public func objective(
    coefficients: [Double], intercept: Double, features: Matrix, targets: [Double]
  ) throws(RegularizationError) -> Double {
    guard coefficients.count == features.columns else {
      throw .dimensionMismatch(
        what: "number of coefficients", expected: features.columns, actual: coefficients.count)
    }
    guard targets.count == features.rows else {
      throw .dimensionMismatch(
        what: "number of targets", expected: features.rows, actual: targets.count)
    }
    let predictions = features.multiplied(by: coefficients).map { $0 + intercept }
    let loss = squaredNorm(subtracting(targets, predictions)) / (2 * Double(features.rows))
    return loss + alpha * l1Ratio * l1Norm(coefficients)
      + alpha * (1 - l1Ratio) / 2 * squaredNorm(coefficients)
  }
}
