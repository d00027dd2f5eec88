import Regularization

extension RidgeComparison {
  /// Runs every λ of the grid on `data`, `steps` optimizer steps each.
  init(data: OverfitData, steps: Int = Self.steps) throws {
    let loss = try LinearMSE(features: data.train.features, targets: data.train.targets)
    let testLoss = try LinearMSE(features: data.test.features, targets: data.test.targets)
    var fits: [Fit] = []
    var trace = Trace(adamL2: [], adamW: [], sgd: [])
    for lambda in Self.lambdas {
      let ridge = try Self.ridge(data, lambda: lambda)
      let isTraced = abs(lambda - Self.traceLambda) <= 1e-12 * Self.traceLambda
      let decays = [lambda, 0.0]
      var coupledTrace: [Double] = []
      var decoupledTrace: [Double] = []
      let a = try Self.run(
        Adam(learningRate: Self.learningRate, weightDecays: decays), loss, steps: steps,
        distances: isTraced ? ridge : nil, into: &coupledTrace)
      let w = try Self.run(
        AdamW(learningRate: Self.learningRate, weightDecays: decays), loss, steps: steps,
        distances: isTraced ? ridge : nil, into: &decoupledTrace)
      if isTraced {
        var sgdTrace: [Double] = []
        _ = try Self.run(
          SGD(learningRate: Self.learningRate, momentum: 0.9, weightDecays: decays), loss,
          steps: steps, distances: ridge, into: &sgdTrace)
        trace = Trace(adamL2: coupledTrace, adamW: decoupledTrace, sgd: sgdTrace)
      }
      fits.append(
        Fit(
          lambda: lambda, ridge: ridge, adamL2: a, adamW: w,
          testError: (testLoss.value(ridge), testLoss.value(a), testLoss.value(w))))
    }
    let leastSquares = try RidgeRegression(alpha: 0).fit(
      features: data.train.features, targets: data.train.targets)
    self.init(
      fits: fits, trace: trace,
      leastSquaresTestError: testLoss.value(leastSquares.coefficients + [leastSquares.intercept]))
  }

  /// `steps` full-batch steps from θ₀ = 0 with the groups [w, [b]]; returns θ as w then b.
  /// With a ridge solution given, appends ‖w_t − w_ridge‖/‖w_ridge‖ for t = 0 … steps.
  static func run(
    _ optimizer: some Optimizer, _ loss: LinearMSE, steps: Int, distances ridge: [Double]?,
    into distances: inout [Double]
  ) -> [Double] {
    var optimizer = optimizer
    let start = [[Double](repeating: 0, count: loss.parameterCount - 1), [0.0]]
    let ridgeWeights = ridge.map { Array($0.dropLast()) }
    var recorded: [Double] = []
    let end = optimizer.minimize(from: start, steps: steps, gradients: loss.gradients) {
      _, theta in
      if let ridgeWeights { recorded.append(relativeDistance(theta[0], to: ridgeWeights)) }
    }
    distances = recorded
    return end[0] + end[1]
  }

  /// The minimizer of `(1/n)‖y − Xw − b‖² + (λ/2)‖w‖²`, as w then b.
  static func ridge(_ data: OverfitData, lambda: Double) throws -> [Double] {
    let n = Double(data.train.sampleCount)
    let fit = try RidgeRegression(alpha: n * lambda / 2).fit(
      features: data.train.features, targets: data.train.targets)
    return fit.coefficients + [fit.intercept]
  }
}
