import Foundation
import Synchronization

import Regularization

/// Reference numbers from scikit-learn, written by
/// `Tests/RegularizationTests/Reference/make_fixtures.py` and loaded from this target's bundle. See that script for exactly how each number was produced.
public struct SklearnFixture: Decodable, Sendable {
  public struct Path: Decodable, Sendable {
    public let l1Ratio: Double
    public let tol: Double
    public let alphas: [Double]
    /// `coefficients[k]` is the solution at `alphas[k]`.
    public let coefficients: [[Double]]
    /// In the 1/(2n) scaling.
    public let dualGaps: [Double]
    public let nIter: [Int]
  }

  public struct Paths: Decodable, Sendable {
    public let lassoTight: Path
    public let enetTight: Path
    public let lassoDefault: Path
    public let enetDefault: Path
  }

  public struct RidgeFit: Decodable, Sendable {
    public let alpha: Double
    public let coefficients: [Double]
    public let intercept: Double
  }

  public let name: String
  public let description: String
  public let versions: [String: String]
  public let nAlphas: Int
  public let eps: Double
  public let features: [[Double]]
  public let targets: [Double]
  public let paths: Paths
  public let ridge: [RidgeFit]

  /// The features as a `Matrix`.
  public var matrix: Matrix {
    // The script writes rectangular data; a ragged fixture is a broken checkout.
    try! Matrix(rowArrays: features)
  }

  /// The two data sets: `informative` (100 × 20) and `correlated` (50 × 80, p > n).
  public static let names = ["informative", "correlated"]

  /// Loads `Fixtures/<name>.json`; decoded once per name and cached.
  public static func load(_ name: String) -> SklearnFixture {
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
