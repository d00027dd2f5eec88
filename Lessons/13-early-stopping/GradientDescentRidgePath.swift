import Regularization

/// Claim (d)'s comparison on the experiment's training set: gradient descent on
/// f(w) = (1/2n)‖y − Xw‖² from 0 with step η = 1/d_max, against ridge on
/// f(w) + (λ/2)‖w‖² at λ = scale/(η·t) for every step t (scale 1 is the matching rule).
struct GradientDescentRidgePath: Sendable {
  static let steps = 300
  /// Closeness is claimed from this step on; the first steps are where it is poor.
  static let firstClaimedStep = 10

  let filter: SpectralFilter
  let learningRate: Double
  let lambdaScale: Double
  /// `descent[t]`: the iterate after t steps, t = 0 … steps (by running the iteration).
  let descent: [[Double]]
  /// `ridge[t]`: the ridge solution at λ = scale/(η·t), t = 1 … steps (`ridge[0]` unused).
  let ridge: [[Double]]

  init(training: Dataset, lambdaScale: Double = 1) throws {
    let filter = try SpectralFilter(features: training.features, targets: training.targets)
    let eta = 1 / (filter.eigen.values.first ?? 1)
    self.filter = filter
    learningRate = eta
    self.lambdaScale = lambdaScale
    let n = Double(training.sampleCount)
    var gram = training.features.gram()
    for k in gram.elements.indices { gram.elements[k] /= n }
    let c = training.features.transposeMultiplied(by: training.targets).map { $0 / n }
    let a = gram
    descent = try GradientDescent(learningRate: eta, steps: Self.steps).trajectory(
      from: Array(repeating: 0, count: training.featureCount)
    ) { w in subtracting(a.multiplied(by: w), c) }
    ridge =
      [[]]
      + (1...Self.steps).map { t in
        filter.ridgeCoefficients(lambda: lambdaScale / (eta * Double(t)))
      }
  }

  /// λ matched to step t.
  func lambda(at t: Int) -> Double { lambdaScale / (learningRate * Double(t)) }

  /// ‖w_GD(t) − w_ridge(λ(t))‖ / ‖w_ridge(λ(t))‖.
  func relativeDistance(at t: Int) -> Double {
    euclideanNorm(subtracting(descent[t], ridge[t])) / euclideanNorm(ridge[t])
  }

  /// The largest relative distance over t = firstClaimedStep … steps, and where.
  var worst: (step: Int, distance: Double) {
    let t =
      (Self.firstClaimedStep...Self.steps).max {
        relativeDistance(at: $0) < relativeDistance(at: $1)
      } ?? Self.firstClaimedStep
    return (t, relativeDistance(at: t))
  }
}
