import Foundation

@testable import Regularization

/// scikit-learn's cross-validation on two data sets, written by
/// `Reference/make_cv_fixtures.py` (see it for exactly how each number was produced).
struct CrossValidationFixture: Decodable, Sendable {
  struct LassoCVResult: Decodable, Sendable {
    let tol: Double
    let alphas: [Double]
    /// `msePath[k][f]`: fold `f` at `alphas[k]`.
    let msePath: [[Double]]
    let alpha: Double
    let coefficients: [Double]
    let intercept: Double
  }

  struct RidgeCVResult: Decodable, Sendable {
    let alphas: [Double]
    /// `r2Path[a][f]`: fold `f`'s R² at `alphas[a]`.
    let r2Path: [[Double]]
    let msePath: [[Double]]
    let alpha: Double
    let bestScore: Double
    let alphaByMse: Double
    let coefficients: [Double]
    let intercept: Double
  }

  struct Case: Decodable, Sendable {
    let name: String
    let description: String
    let features: [[Double]]
    let targets: [Double]
    let permutation: [Int]
    let trainIndices: [Int]
    let testIndices: [Int]
    let lassoDefault: LassoCVResult
    let lassoTight: LassoCVResult
    let ridge: RidgeCVResult

    /// All 100 rows.
    var dataset: Dataset {
      // The script writes rectangular data; a ragged fixture is a broken checkout.
      try! Dataset(features: Matrix(rowArrays: features), targets: targets)
    }

    /// The 80 training rows, in `train_test_split`'s order: what the CV ran on.
    var training: Dataset { dataset.selecting(trainIndices) }
  }

  let versions: [String: String]
  let cases: [Case]

  /// The decoded fixture, loaded once.
  static let shared: CrossValidationFixture = {
    let url = Bundle.module.url(forResource: "cv", withExtension: "json", subdirectory: "Fixtures")
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try! decoder.decode(Self.self, from: Data(contentsOf: url!))
  }()

  /// The case names, for parameterized tests.
  static let names = ["snippet", "noisy"]

  static func named(_ name: String) -> Case { shared.cases.first { $0.name == name }! }
}
