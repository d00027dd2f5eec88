import Regularization

/// One way of fitting (bias free or bias penalized) across the whole λ grid, in the
/// objective
///
///     1/(2n)·‖y − X·w − b‖² + (λ/2)·(‖w‖² [+ b²])
///
/// which is scikit-learn's `Ridge(alpha = n·λ)` for the bracket left out. Each λ is fitted
/// twice: on y and on y + c (the translation test).
struct CoverageSweep {
  let coverage: PenaltyCoverage
  /// `fits[k]` is the fit at `lambdas[k]`.
  let fits: [RidgeFit]
  /// The fits on the shifted targets `y + c`.
  let shiftedFits: [RidgeFit]
  /// The test MSE `(1/m)·Σ(y − ŷ)²` of each fit.
  let testMSE: [Double]
  /// The mean training residual `(1/n)·Σ(y − ŷ)` of each fit.
  let meanResidual: [Double]
  /// The root-mean-square distance of the test predictions from `ȳ` (the training mean).
  let distanceFromMean: [Double]
  /// The root-mean-square size of the test predictions: their distance from 0.
  let distanceFromZero: [Double]

  init(
    _ coverage: PenaltyCoverage, data: OffsetRegression, lambdas: [Double], shift: Double
  ) throws {
    self.coverage = coverage
    let x = data.train.features
    let y = data.train.targets
    let n = Double(y.count)
    let models = try lambdas.map { lambda throws(RegularizationError) in
      try RidgeRegression(alpha: n * lambda, penaltyCoverage: coverage)
    }
    fits = try models.map { model throws(RegularizationError) in
      try model.fit(features: x, targets: y)
    }
    shiftedFits = try models.map { model throws(RegularizationError) in
      try model.fit(features: x, targets: y.map { $0 + shift })
    }
    let yMean = mean(y)
    var testMSE: [Double] = []
    var meanResidual: [Double] = []
    var fromMean: [Double] = []
    var fromZero: [Double] = []
    for fit in fits {
      let predictions = try fit.predictions(for: data.test.features)
      testMSE.append(MSELoss().meanValue(predictions: predictions, targets: data.test.targets))
      meanResidual.append(mean(subtracting(y, try fit.predictions(for: x))))
      fromMean.append(rootMeanSquare(predictions.map { $0 - yMean }))
      fromZero.append(rootMeanSquare(predictions))
    }
    self.testMSE = testMSE
    self.meanResidual = meanResidual
    self.distanceFromMean = fromMean
    self.distanceFromZero = fromZero
  }

  /// How far the intercept moved when y moved by c: `b(y + c) − b(y)` at each λ.
  var interceptShift: [Double] {
    zip(shiftedFits, fits).map { $0.intercept - $1.intercept }
  }

  /// How far the weights moved when y moved by c: `max_j |w_j(y + c) − w_j(y)|` at each λ.
  var weightShift: [Double] {
    zip(shiftedFits, fits).map { maxAbsDifference($0.coefficients, $1.coefficients) }
  }

  /// The fitted intercepts.
  var intercepts: [Double] { fits.map(\.intercept) }
}
