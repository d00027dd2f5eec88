import Regularization

/// Claim (a)'s experiment on one seed: the Lasso and the elastic net (ρ = ½) on three
/// groups of three strongly correlated features plus five noise features, each at
/// α = 0.2·α_max of its own ρ (a fixed fraction, chosen without looking at the shares).
struct GroupingExperiment: Sendable {
  static let fraction = 0.2
  static let l1Ratio = 0.5
  /// Tight enough that a member at zero is a real zero, not a stopped solver (shares move
  /// by < 1e-4 between 1e-6 and 1e-10; measured).
  static let tolerance = 1e-6

  let data: CorrelatedGroups
  let lassoAlpha: Double
  let elasticNetAlpha: Double
  /// The fits; `var` so a test can feed a Lasso in as the elastic net.
  var lasso: ElasticNetFit
  var elasticNet: ElasticNetFit

  init(seed: UInt64) throws {
    var generator = Xoshiro256StarStar(seed: seed)
    data = try CorrelatedGroups(using: &generator)
    let x = data.dataset.features
    let y = data.dataset.targets
    lassoAlpha = Self.fraction * (try AlphaGrid.alphaMax(features: x, targets: y, l1Ratio: 1))
    elasticNetAlpha =
      Self.fraction * (try AlphaGrid.alphaMax(features: x, targets: y, l1Ratio: Self.l1Ratio))
    lasso = try Lasso(alpha: lassoAlpha, tolerance: Self.tolerance).fit(features: x, targets: y)
    elasticNet = try ElasticNet(
      alpha: elasticNetAlpha, l1Ratio: Self.l1Ratio, tolerance: Self.tolerance
    )
    .fit(features: x, targets: y)
  }

  var lassoShares: [Double] { data.largestShares(of: lasso.coefficients) }
  var elasticNetShares: [Double] { data.largestShares(of: elasticNet.coefficients) }
}

/// Claim (a) over consecutive seeds, and the same comparison at the CV-chosen α on the
/// first few.
struct GroupingSweep: Sendable {
  static let count = 10
  static let crossValidated = 1

  let runs: [GroupingExperiment]
  /// `(Lasso share, elastic-net share)` per group at each model's ElasticNetCV α, for
  /// the first `crossValidated` seeds.
  let crossValidatedShares: [(lasso: Double, elasticNet: Double)]

  /// Given runs and shares (for a test to feed in wrong ones).
  init(runs: [GroupingExperiment], crossValidatedShares: [(lasso: Double, elasticNet: Double)]) {
    self.runs = runs
    self.crossValidatedShares = crossValidatedShares
  }

  init(first: UInt64, count: Int = GroupingSweep.count) throws {
    runs = try (0..<UInt64(count)).map { try GroupingExperiment(seed: first &+ $0) }
    var pairs: [(lasso: Double, elasticNet: Double)] = []
    for run in runs.prefix(Self.crossValidated) {
      let x = run.data.dataset.features
      let y = run.data.dataset.targets
      let lasso = try ElasticNetCV(features: x, targets: y, l1Ratio: 1)
      let net = try ElasticNetCV(features: x, targets: y, l1Ratio: GroupingExperiment.l1Ratio)
      let a = run.data.largestShares(of: lasso.refit.coefficients)
      let b = run.data.largestShares(of: net.refit.coefficients)
      pairs += zip(a, b).map { ($0, $1) }
    }
    crossValidatedShares = pairs
  }

  var lassoShares: [Double] { runs.flatMap(\.lassoShares) }
  var elasticNetShares: [Double] { runs.flatMap(\.elasticNetShares) }
}
