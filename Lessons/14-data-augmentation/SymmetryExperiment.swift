import Regularization

/// Claim (c): a task with a known symmetry. The target is even, f(x) = x⁴ − x², observed
/// with noise N(0, 0.1²) at n points drawn uniformly from [−1, 1]; the model is a degree-9
/// polynomial (Legendre basis, least squares by QR). Augmented: the same n points plus their
/// mirror images x → −x with the same targets (2n rows, no new measurement). Test error:
/// the mean of (f̂(x) − f(x))² over 401 evenly spaced x in [−1, 1].
///
/// For each training-set size, `repeats` independent training sets are drawn.
struct SymmetryExperiment {
  static let degree = 9
  static let noise = 0.1
  static let sizes = [10, 12, 15, 20, 30, 60]
  /// The size claim (c) is made at: few points for ten coefficients.
  static let claimSize = 15
  static let repeats = 20
  static let testGrid = (0...400).map { -1 + Double($0) / 200 }

  /// The even target.
  static func target(_ x: Double) -> Double { x * x * x * x - x * x }

  struct Row {
    let size: Int
    /// Test error without and with the mirrored copies, one per repeat.
    let plain: [Double]
    let augmented: [Double]
    /// augmented / plain, per repeat.
    var ratios: [Double] { plain.indices.map { augmented[$0] / plain[$0] } }
  }

  let rows: [Row]
  /// The fits at `claimSize` of the first repeat, for the story: coefficients plain and
  /// augmented.
  let exampleFits: (plain: [Double], augmented: [Double])

  /// - Parameter augment: whether the augmented fit gets the mirrored copies (false is the
  ///   failing input: "augmented" is then the plain fit again).
  init(seed: UInt64, augment: Bool = true) throws {
    var generator = Xoshiro256StarStar(seed: seed)
    let test = try legendreFeatures(Self.testGrid, degree: Self.degree)
    let truth = Self.testGrid.map(Self.target)
    var rows: [Row] = []
    var example: (plain: [Double], augmented: [Double]) = ([], [])
    for size in Self.sizes {
      var plain: [Double] = []
      var augmented: [Double] = []
      for repeatIndex in 0..<Self.repeats {
        let x = (0..<size).map { _ in generator.uniform(in: -1..<1) }
        let y = x.map { Self.target($0) + Self.noise * generator.normal() }
        let raw = try Dataset(features: Matrix(rows: size, columns: 1, elements: x), targets: y)
        let wPlain = try Self.fit(raw)
        let wAugmented = try Self.fit(augment ? mirroredCopies(of: raw) : raw)
        plain.append(Self.testError(wPlain, test, truth))
        augmented.append(Self.testError(wAugmented, test, truth))
        if size == Self.claimSize && repeatIndex == 0 { example = (wPlain, wAugmented) }
      }
      rows.append(Row(size: size, plain: plain, augmented: augmented))
    }
    self.rows = rows
    exampleFits = example
  }

  /// The row of `claimSize`.
  var claimRow: Row { rows.first { $0.size == Self.claimSize } ?? rows[0] }

  /// Least squares of the degree-9 polynomial on the raw inputs (one column), by QR: at
  /// n = 10 the fit interpolates and the normal equations are too ill-conditioned.
  static func fit(_ raw: Dataset) throws -> [Double] {
    try householderLeastSquares(
      features: legendreFeatures(raw.features.elements, degree: degree), targets: raw.targets)
  }

  static func testError(_ w: [Double], _ test: Matrix, _ truth: [Double]) -> Double {
    MSELoss().meanValue(predictions: test.multiplied(by: w), targets: truth)
  }
}
