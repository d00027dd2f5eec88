import LessonKit
import Regularization

/// Claims (a)–(c) of lesson 5, each computed from the experiment's numbers.
struct SaturationClaims {
  let experiment: SaturationExperiment

  /// (a) The analytic gradients agree with central differences to this relative error.
  static let gradientTolerance = 1e-6
  /// (b) The thresholds of the catalogue: [measured 0.0985 and 0.976; 0.387 and 0.094].
  static let crossEntropyAt50 = 0.15
  static let badQuadraticAt50 = 0.9
  static let mildQuadraticAt50 = 0.5
  static let mildQuadraticAt300 = 0.15
  /// (c) σ′ ≤ 1/4 everywhere, and below this for |z| > 4 [σ′(4) = 0.01766].
  static let saturatedBound = 0.02
  static let saturationEdge = 4.0

  var all: [Claim] { [gradients, saturation, derivativeBound] }

  /// (a) Both gradients match central differences.
  var gradients: Claim {
    func worst(_ cost: NeuronCost) -> Double {
      experiment.gradientChecks.filter { $0.cost == cost }.map(\.relativeError).max() ?? .nan
    }
    let quadratic = worst(.quadratic)
    let crossEntropy = worst(.crossEntropy)
    let points = experiment.gradientChecks.count / NeuronCost.allCases.count
    return Claim(
      "a",
      "The quadratic cost's gradient is (a − y)·σ′(z)·x and cross-entropy's is (a − y)·x: "
        + "both match central finite differences.",
      measured: "largest relative error over \(points) points (the two starts and "
        + "\(SaturationExperiment.randomCheckPoints) random ones): quadratic "
        + "\(NumberFormat.scientific(quadratic)), cross-entropy "
        + "\(NumberFormat.scientific(crossEntropy)) < "
        + "\(NumberFormat.scientific(Self.gradientTolerance, 0))",
      holds: quadratic < Self.gradientTolerance && crossEntropy < Self.gradientTolerance)
  }

  /// (b) From the badly wrong start MSE stalls and cross-entropy does not; from the mild
  /// start MSE learns too.
  var saturation: Claim {
    let badQuadratic = experiment.run(start: 1, cost: .quadratic).outputs
    let badCrossEntropy = experiment.run(start: 1, cost: .crossEntropy).outputs
    let mildQuadratic = experiment.run(start: 0, cost: .quadratic).outputs
    let rate = experiment.run(start: 1, cost: .crossEntropy).learningRate
    let f = { NumberFormat.fixed($0, 4) }
    return Claim(
      "b",
      "From w = b = 2, after 50 epochs the cross-entropy neuron's output is < 0.15 while the "
        + "quadratic one's is still > 0.9; from w = 0.6, b = 0.9 the quadratic cost learns too "
        + "(< 0.5 at epoch 50, < 0.15 at epoch 300): the slowdown comes from saturation.",
      measured: "w = b = 2, epoch 50: cross-entropy (η = \(rate)) \(f(badCrossEntropy[50])), "
        + "quadratic \(f(badQuadratic[50])); w = 0.6, b = 0.9, quadratic: epoch 50 "
        + "\(f(mildQuadratic[50])), epoch 300 \(f(mildQuadratic[300]))",
      holds: badCrossEntropy[50] < Self.crossEntropyAt50
        && badQuadratic[50] > Self.badQuadraticAt50
        && mildQuadratic[50] < Self.mildQuadraticAt50
        && mildQuadratic[300] < Self.mildQuadraticAt300)
  }

  /// (c) σ′ ≤ 1/4 on the grid and < 0.02 where |z| > 4.
  var derivativeBound: Claim {
    let grid = SaturationExperiment.derivativeGrid
    let samples = experiment.derivativeSamples
    let largest = samples.max() ?? .nan
    let saturated = grid.indices.filter { abs(grid[$0]) > Self.saturationEdge }
    let largestSaturated = saturated.map { samples[$0] }.max() ?? .nan
    return Claim(
      "c", "σ′(z) = σ(z)(1 − σ(z)) is at most 1/4 everywhere and below 0.02 for |z| > 4.",
      measured: "on \(grid.count) points of z ∈ [−40, 40]: max σ′ = "
        + "\(NumberFormat.readable(largest)) ≤ 0.25; max over |z| > 4 = "
        + "\(NumberFormat.readable(largestSaturated)) < \(Self.saturatedBound)",
      holds: largest <= 0.25 && largestSaturated < Self.saturatedBound)
  }
}
