extension GramLeastSquares {
  /// The loss of `θ = (w, b)` with the bias as one more coefficient: `X` gets a column of
  /// ones and nothing is centered, so a penalty on `θ` also reaches `b`.
  ///
  ///     f(θ) = 1/(2n)·‖y − [X 1]·θ‖²,   θ = (w_1, …, w_p, b)
  ///
  /// This is the objective of code that penalizes every entry of `model.parameters()`,
  /// the bias included (lesson 3, lesson 10); `intercept(for:)` is then 0 and the bias is
  /// the last coefficient.
  ///
  /// - Throws: the errors of `init(features:targets:fitIntercept:)`.
  public static func withBiasColumn(
    features: Matrix, targets: [Double]
  ) throws(RegularizationError) -> GramLeastSquares {
    var augmented = Matrix(rows: features.rows, columns: features.columns + 1, repeating: 1)
    for i in 0..<features.rows {
      for j in 0..<features.columns { augmented[i, j] = features[i, j] }
    }
    return try GramLeastSquares(features: augmented, targets: targets, fitIntercept: false)
  }
}
