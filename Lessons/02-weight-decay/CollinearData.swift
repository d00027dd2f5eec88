import Regularization

/// The data of lesson 2: a small regression problem whose directions have very different
/// variances, so that ridge's shrinkage is visible direction by direction.
///
///     x₁ ~ N(0, 1),  x₂ = x₁ + 0.1·N(0, 1),  x₃ ~ N(1, 1),  x₄ = 0.3·N(0, 1)
///     y = 3 + xᵀw_true + 0.5·ε,   w_true = (1, 1, 2, −1),   ε ~ N(0, 1)
///
/// x₂ is nearly a copy of x₁, so x₁ − x₂ is a direction of tiny variance (about 0.01/2 per
/// sample), and x₄ is small; x₃ has mean 1 so the intercept matters. The eigenvalues of
/// `X_cᵀX_c` are then roughly `n·(2, 1, 0.09, 0.005)`: four directions over 2.5 decades.
enum CollinearData {
  static let samples = 50
  static let features = 4
  static let trueWeights = [1.0, 1.0, 2.0, -1.0]
  static let trueBias = 3.0
  static let noise = 0.5
  /// The names of θ = (w, b)'s entries: w1 … w4, then b.
  static let parameterNames = (1...features).map { "w\($0)" } + ["b"]

  /// Draws the data set, row by row: x₁, the copy's noise, x₃, x₄, then the target noise.
  static func draw(using generator: inout Xoshiro256StarStar) throws(RegularizationError)
    -> Dataset
  {
    var rows: [[Double]] = []
    var targets: [Double] = []
    for _ in 0..<samples {
      let x1 = generator.normal()
      let x2 = x1 + 0.1 * generator.normal()
      let x3 = generator.normal(mean: 1, standardDeviation: 1)
      let x4 = 0.3 * generator.normal()
      let row = [x1, x2, x3, x4]
      rows.append(row)
      targets.append(trueBias + dot(row, trueWeights) + noise * generator.normal())
    }
    return try Dataset(features: Matrix(rowArrays: rows), targets: targets)
  }
}
