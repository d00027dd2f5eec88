import Regularization

/// Claim (c): the recipe's objective `R = MSELoss + λ₁‖w‖₁ + (λ₂/2)‖w‖²` (bias free)
/// against `2·F` of scikit-learn's elastic net at the mapped `(α, ρ)`, at random points.
struct MappingCheck: Sendable {
  static let points = 20

  let l1Weight: Double
  let weightDecay: Double
  /// The `(α, ρ)` checked; `var` so a test can feed in a wrong mapping.
  var mapping: (alpha: Double, l1Ratio: Double)
  let data: Dataset
  let samples: [(weights: [Double], bias: Double)]

  init(data: Dataset, l1Weight: Double, weightDecay: Double, seed: UInt64) {
    var generator = Xoshiro256StarStar(seed: seed)
    self.data = data
    self.l1Weight = l1Weight
    self.weightDecay = weightDecay
    mapping = ElasticNetRecipe.sklearnParameters(l1Weight: l1Weight, weightDecay: weightDecay)
    samples = (0..<Self.points).map { _ in
      (generator.normals(count: data.featureCount), generator.normal())
    }
  }

  var points: Int { samples.count }

  /// `max |R − 2F| / |R|` over the points.
  var largestRelativeDifference: Double {
    guard let model = try? ElasticNet(alpha: mapping.alpha, l1Ratio: mapping.l1Ratio) else {
      return .nan
    }
    var worst = 0.0
    for (w, b) in samples {
      let predictions = data.features.multiplied(by: w).map { $0 + b }
      let mse = squaredNorm(subtracting(data.targets, predictions)) / Double(data.sampleCount)
      let recipe = mse + l1Weight * l1Norm(w) + weightDecay / 2 * squaredNorm(w)
      guard
        let sklearn = try? model.objective(
          coefficients: w, intercept: b, features: data.features, targets: data.targets)
      else { return .nan }
      worst = max(worst, abs(recipe - 2 * sklearn) / abs(recipe))
    }
    return worst
  }
}
