import LessonKit
import Regularization

/// A degree-15 polynomial on 15 noisy points of sin(2πx), ridge on the grid
/// {0} ∪ logspace(−10, 2, 25), validated on 100 points and tested on 1000 more.
struct PolynomialExperiment: Sendable {
  static let degree = 15
  static let trainingSize = 15
  static let validationSize = 100
  static let testSize = 1000
  static let noise = 0.2
  /// {0} ∪ logspace(−10, 2, 25), scikit-learn's α: ‖y − Xw − b‖² + α‖w‖².
  static let grid = [0] + logSpace(from: 1e-10, to: 1e2, count: 25)

  let training: (inputs: [Double], targets: [Double])
  let validation: (inputs: [Double], targets: [Double])
  let test: (inputs: [Double], targets: [Double])
  let basis: PolynomialFeatures
  let fits: [RidgeFit]
  /// Mean squared error of each fit, in grid order.
  var trainingError: [Double]
  var validationError: [Double]
  var testError: [Double]
  /// σ_max/σ_min of the Vandermonde matrix (with its column of ones) of the training inputs.
  let rawCondition: Double
  let scaledCondition: Double
  /// What Cholesky on the normal equations X_cᵀX_c (λ = 0, scaled basis) did.
  let choleskyOutcome: String

  init(seed: UInt64) throws {
    var rng = Xoshiro256StarStar(seed: seed)
    let training = try NoisySine.sample(count: Self.trainingSize, noise: Self.noise, using: &rng)
    let validation = try NoisySine.sample(
      count: Self.validationSize, noise: Self.noise, using: &rng)
    let test = try NoisySine.sample(count: Self.testSize, noise: Self.noise, using: &rng)
    let basis = try PolynomialFeatures(degree: Self.degree, inputRange: 0...1)
    (self.training, self.validation, self.test, self.basis) = (training, validation, test, basis)
    let raw = try PolynomialFeatures(degree: Self.degree, inputRange: nil)
    rawCondition = try SingularValueDecomposition(raw.vandermonde(training.inputs))
      .conditionNumber
    scaledCondition = try SingularValueDecomposition(basis.vandermonde(training.inputs))
      .conditionNumber
    let features = basis.matrix(training.inputs)
    do {
      let fit = try RidgeRegression(alpha: 0).fit(features: features, targets: training.targets)
      let predictions = try fit.predictions(for: features)
      let error = MSELoss().meanValue(predictions: predictions, targets: training.targets)
      choleskyOutcome =
        "no pivot ≤ 0 was met, so it returned weights up to "
        + "\(NumberFormat.scientific(maxNorm(fit.coefficients))) whose training MSE is "
        + "\(NumberFormat.scientific(error)), not the ≈ 0 of an exact least-squares fit"
    } catch {
      choleskyOutcome = "failed: \(error)"
    }
    let ridge = try SpectralRidge(features: features, targets: training.targets)
    fits = try Self.grid.map { try ridge.fit(alpha: $0) }
    let sets = [training, validation, test].map { (basis.matrix($0.inputs), $0.targets) }
    var errors = [[Double]](repeating: [], count: 3)
    for fit in fits {
      for (k, set) in sets.enumerated() {
        let predictions = try fit.predictions(for: set.0)
        errors[k].append(MSELoss().meanValue(predictions: predictions, targets: set.1))
      }
    }
    trainingError = errors[0]
    validationError = errors[1]
    testError = errors[2]
  }

  /// The grid index with the lowest validation error: the chosen λ.
  var chosenIndex: Int { argmin(validationError) }

  /// The fitted curve of grid point `k` at the inputs `x`.
  func curve(_ k: Int, at x: [Double]) throws -> [Double] {
    try fits[k].predictions(for: basis.matrix(x))
  }
}

/// The index of the smallest value (the first if several tie).
func argmin(_ values: [Double]) -> Int {
  values.indices.min { values[$0] < values[$1] } ?? 0
}
