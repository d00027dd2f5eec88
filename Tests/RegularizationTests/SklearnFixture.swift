import Foundation
import Synchronization

@testable import Regularization

/// Reference numbers from scikit-learn, written by `Reference/make_fixtures.py` and loaded
/// from the test bundle. See that script for exactly how each number was produced.
struct SklearnFixture: Decodable, Sendable {
  struct Path: Decodable, Sendable {
    let l1Ratio: Double
    let tol: Double
    let alphas: [Double]
    /// `coefficients[k]` is the solution at `alphas[k]`.
    let coefficients: [[Double]]
    /// In the 1/(2n) scaling.
    let dualGaps: [Double]
    let nIter: [Int]
  }

  struct Paths: Decodable, Sendable {
    let lassoTight: Path
    let enetTight: Path
    let lassoDefault: Path
    let enetDefault: Path
  }

  struct RidgeFit: Decodable, Sendable {
    let alpha: Double
    let coefficients: [Double]
    let intercept: Double
  }

  let name: String
  let description: String
  let versions: [String: String]
  let nAlphas: Int
  let eps: Double
  let features: [[Double]]
  let targets: [Double]
  let paths: Paths
  let ridge: [RidgeFit]

  /// The features as a `Matrix`.
  var matrix: Matrix {
    // The script writes rectangular data; a ragged fixture is a broken checkout.
    try! Matrix(rowArrays: features)
  }

  /// The two data sets: `informative` (100 × 20) and `correlated` (50 × 80, p > n).
  static let names = ["informative", "correlated"]

  /// Loads `Fixtures/<name>.json`; decoded once per name and cached.
  static func load(_ name: String) -> SklearnFixture {
    cache.withLock { cached in
      if let fixture = cached[name] { return fixture }
      let url = Bundle.module.url(
        forResource: name, withExtension: "json", subdirectory: "Fixtures")
      let data = try! Data(contentsOf: url!)
      let decoder = JSONDecoder()
      decoder.keyDecodingStrategy = .convertFromSnakeCase
      let fixture = try! decoder.decode(SklearnFixture.self, from: data)
      cached[name] = fixture
      return fixture
    }
  }

  private static let cache = Mutex<[String: SklearnFixture]>([:])
}
