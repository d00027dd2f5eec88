import Regularization

/// Claims (a) and (b): Gaussian input noise on linear regression, against ridge.
///
/// Data: n = 30 samples, p = 5 standard-normal features, y = X·w* + N(0, 0.5²), no
/// intercept (so the model is `ŷ = xᵀw` and nothing is left unpenalized). Input noise
/// σ = 0.5, so σ² = 0.25.
/// (a) At the least-squares weights w, the loss on one noisy copy of the inputs,
/// `mean_i (y_i − (x_i + e_i)ᵀw)²`, is drawn 1000 times and its mean compared with the
/// prediction `MSE(w) + (α/n)·‖w‖²`, where α is scikit-learn's ridge α claimed to be
/// equivalent (n·σ² by default).
/// (b) Least squares on the first K of 1024 noisy copies, K = 1, 2, 4, …, 1024, and the
/// distance of each fit to `Ridge(alpha = α)` on the clean data.
struct NoiseRidgeExperiment {
  static let samples = 30
  static let features = 5
  static let targetNoise = 0.5
  static let inputNoise = 0.5
  static let draws = 1000
  static let copies = (0...10).map { 1 << $0 }
  /// The σ² of the noise-vs-ridge figure and the copies fitted at each.
  static let figureVariances = [0.01, 0.03, 0.1, 0.3, 1.0, 3.0]
  static let figureCopies = 64

  let data: Dataset
  let trueWeights: [Double]
  /// scikit-learn's α of the ridge the noise is claimed to equal.
  let alpha: Double
  /// The least-squares weights, at which (a) is measured.
  let weights: [Double]
  /// mean_i (y_i − x_iᵀw)², no ½.
  let mse: Double
  /// The noisy-input losses at `weights`, one per draw.
  let noisyLoss: MonteCarloEstimate
  /// The ridge solution `Ridge(alpha).fit` on the clean data.
  let ridge: [Double]
  /// Least squares on the first K noisy copies, for each K in `copies`.
  let copyFits: [[Double]]
  /// For the figure: least squares on 64 noisy copies at each σ² of `figureVariances`.
  let augmentedPath: [[Double]]

  /// - Parameter alpha: the claimed equivalent ridge α; `nil` is the right one, n·σ².
  init(seed: UInt64, alpha: Double? = nil) throws {
    var generator = Xoshiro256StarStar(seed: seed)
    let n = Self.samples
    let x = try Matrix(
      rows: n, columns: Self.features, elements: generator.normals(count: n * Self.features))
    trueWeights = (0..<Self.features).map { _ in generator.normal() }
    let y = x.multiplied(by: trueWeights).map { $0 + Self.targetNoise * generator.normal() }
    data = try Dataset(features: x, targets: y)
    let sigma2 = Self.inputNoise * Self.inputNoise
    self.alpha = alpha ?? Double(n) * sigma2

    weights = try Self.leastSquares(data)
    mse = try Self.meanSquaredError(weights, on: data)
    var losses: [Double] = []
    for _ in 0..<Self.draws {
      let noisy = try noisyCopies(of: data, copies: 1, noise: Self.inputNoise, using: &generator)
      losses.append(try Self.meanSquaredError(weights, on: noisy))
    }
    noisyLoss = try MonteCarloEstimate(losses)
    ridge = try RidgeRegression(alpha: self.alpha, fitIntercept: false)
      .fit(features: x, targets: y).coefficients

    let largest = Self.copies[Self.copies.count - 1]
    let stacked = try noisyCopies(
      of: data, copies: largest, noise: Self.inputNoise, using: &generator)
    copyFits = try Self.copies.map { k throws in
      try Self.leastSquares(stacked.selecting(Array(0..<(k * n))))
    }
    let clean = data
    augmentedPath = try Self.figureVariances.map { variance throws in
      var common = Xoshiro256StarStar(seed: seed &+ 0x5EED)  // the same draws at every σ²
      return try Self.leastSquares(
        noisyCopies(
          of: clean, copies: Self.figureCopies, noise: variance.squareRoot(), using: &common))
    }
  }

  /// σ², the input-noise variance.
  var variance: Double { Self.inputNoise * Self.inputNoise }

  /// σ²·‖w‖², the expected extra loss at `weights`.
  var penalty: Double { variance * squaredNorm(weights) }

  /// The prediction being checked: `MSE(w) + (α/n)·‖w‖²`.
  var predictedLoss: Double { mse + alpha / Double(Self.samples) * squaredNorm(weights) }

  /// ‖w_K − w_ridge‖ for each K.
  var distances: [Double] { copyFits.map { euclideanNorm(subtracting($0, ridge)) } }

  /// The ridge solution at λ = σ² (α = n·σ²) for each σ² of `variances`.
  func ridgePath(_ variances: [Double]) throws -> [[Double]] {
    try variances.map { variance throws in
      try RidgeRegression(alpha: Double(Self.samples) * variance, fitIntercept: false)
        .fit(features: data.features, targets: data.targets).coefficients
    }
  }

  static func leastSquares(_ data: Dataset) throws -> [Double] {
    try RidgeRegression(alpha: 0, fitIntercept: false)
      .fit(features: data.features, targets: data.targets).coefficients
  }

  static func meanSquaredError(_ w: [Double], on data: Dataset) throws -> Double {
    MSELoss().meanValue(predictions: data.features.multiplied(by: w), targets: data.targets)
  }
}
