import Figures
import Regularization

/// Seed 000 §2.3's snippet, in Swift:
///
///     X, y = make_regression(n_samples=100, n_features=20, noise=0.1)
///     X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)
///     lasso_cv = LassoCV(cv=5).fit(X_train, y_train)
///     ridge_cv = RidgeCV(cv=5).fit(X_train, y_train)
///
/// with scikit-learn's defaults (10 informative features, no bias, Lasso grid of 100 α
/// down to 1e-3·α_max at tol 1e-4, RidgeCV's α ∈ {0.1, 1, 10}), and both test MSEs.
/// The chosen α and the fitted coefficients are `var`s so that a test can feed the
/// claims a wrong choice or a perturbed fit.
struct CrossValidationExperiment: Sendable {
  static let samples = 100
  static let features = 20
  static let informative = 10
  static let noise = 0.1
  static let testFraction = 0.2

  let truth: SyntheticRegression
  let split: TrainTestSplit
  let lasso: ElasticNetCV
  let ridge: RidgeCV
  /// The α each model uses (its CV choice, unless a test replaces it).
  var lassoAlpha: Double
  var ridgeAlpha: Double
  /// The refits' coefficients.
  var lassoCoefficients: [Double]
  var ridgeCoefficients: [Double]
  let lassoTestMSE: Double
  let ridgeTestMSE: Double

  /// - Parameter eps: `α_min/α_max` of the Lasso grid (scikit-learn's 1e-3); the
  ///   `tolerance` of its fits (scikit-learn's 1e-4).
  init(
    seed: UInt64, eps: Double = 1e-3, tolerance: Double = 1e-4,
    solver: any PathSolver = ReferencePathSolver()
  ) throws {
    var generator = Xoshiro256StarStar(seed: seed)
    truth = try makeRegression(
      samples: Self.samples, features: Self.features, informative: Self.informative,
      noise: Self.noise, using: &generator)
    split = try trainTestSplit(truth.dataset, testFraction: Self.testFraction, using: &generator)
    let train = split.train
    lasso = try ElasticNetCV(
      features: train.features, targets: train.targets, eps: eps, tolerance: tolerance,
      maxIterations: tolerance < 1e-4 ? 100_000 : 1000, solver: solver)
    ridge = try RidgeCV(features: train.features, targets: train.targets)
    lassoAlpha = lasso.bestAlpha
    ridgeAlpha = ridge.bestAlpha
    lassoCoefficients = lasso.refit.coefficients
    ridgeCoefficients = ridge.refit.coefficients
    let test = split.test
    let rows = Array(0..<test.sampleCount)
    lassoTestMSE = FoldScores.meanSquaredError(
      lasso.refit, features: test.features, targets: test.targets, rows: rows)
    ridgeTestMSE = FoldScores.meanSquaredError(
      ridge.refit, features: test.features, targets: test.targets, rows: rows)
  }

  /// The number of training rows, the `n` of both objectives.
  var trainingRows: Int { split.train.sampleCount }

  /// Whether Ridge has the smaller test MSE.
  var ridgeWins: Bool { ridgeTestMSE < lassoTestMSE }

  /// The informative features whose true |w| exceeds `2·α̂`.
  var clearlyInformative: [Int] {
    truth.informativeFeatures.filter { abs(truth.coefficients[$0]) > 2 * lassoAlpha }
  }

  /// The features the Lasso keeps.
  var lassoSupport: [Int] { lassoCoefficients.indices.filter { lassoCoefficients[$0] != 0 } }

  /// `data.csv`: x1 … x20, y and split, the training rows first in the order the folds
  /// cut them, then the test rows, so that `LassoCV(cv=5)` on the `train` rows in file
  /// order reproduces `lasso.bestAlpha`.
  var dataCSV: String {
    let p = Self.features
    var table = CSVTable(header: (1...p).map { "x\($0)" } + ["y", "split"])
    for (part, name) in [(split.train, "train"), (split.test, "test")] {
      for i in 0..<part.sampleCount {
        table.append(
          part.features.row(i).map(CSVTable.Cell.number)
            + [.number(part.targets[i]), .text(name)])
      }
    }
    return table.text
  }
}
