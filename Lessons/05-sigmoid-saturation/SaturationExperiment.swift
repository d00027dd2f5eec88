import Foundation
import Regularization

/// Lesson 5's computation: one sigmoid neuron, x = 1, y = 0, trained for 300 epochs from
/// two starts on the quadratic cost and on cross-entropy, plus Nielsen's η = 0.005 runs of
/// cross-entropy; a finite-difference check of both gradients; σ′ sampled on a grid.
struct SaturationExperiment {
  static let input = 1.0
  static let target = 0.0
  static let learningRate = 0.15
  /// The rate Nielsen's book used for its cross-entropy runs.
  static let nielsenRate = 0.005
  static let epochs = 300
  /// The epochs printed in the table.
  static let reportedEpochs = [0, 50, 100, 300]
  /// Random points, besides the two starts, where the gradients are checked.
  static let randomCheckPoints = 20
  /// The grid on which σ′ is sampled: z from −40 to 40 in steps of 0.001.
  static let derivativeGrid = linearSpace(from: -40, to: 40, count: 80_001)

  /// A starting neuron and its name.
  struct Start {
    let name: String
    let neuron: SigmoidNeuron
  }

  /// One training run: its start, cost, rate and the output a after each epoch.
  struct Run {
    let start: Int
    let cost: NeuronCost
    let learningRate: Double
    let outputs: [Double]

    /// The first epoch whose output is below `level`, if any.
    func firstEpoch(below level: Double) -> Int? { outputs.firstIndex { $0 < level } }
  }

  let starts: [Start]
  /// Both starts × both costs at the same η: (mild, quadratic), (mild, cross-entropy),
  /// (badly wrong, quadratic), (badly wrong, cross-entropy).
  let comparison: [Run]
  /// Cross-entropy at Nielsen's η = 0.005 from each start.
  let nielsenRuns: [Run]
  let gradientChecks: [GradientCheck]
  /// σ′ (or the derivative under test) at each z of `derivativeGrid`.
  let derivativeSamples: [Double]

  /// Runs everything.
  ///
  /// - Parameters:
  ///   - seed: Draws the random gradient-check points.
  ///   - crossEntropyRate: The η of the cross-entropy runs compared at "equal η" (0.15;
  ///     a test passes 0.005 to see claim (b) fail).
  ///   - gradient: The gradient formula; the library's exact one by default.
  ///   - derivative: The σ′ sampled for claim (c); `sigmoidDerivative` by default.
  init(
    seed: UInt64, crossEntropyRate: Double = learningRate,
    gradient: @escaping (NeuronCost, SigmoidNeuron, Double, Double) -> NeuronGradient = {
      $0.gradient(of: $1, x: $2, y: $3)
    },
    derivative: (Double) -> Double = sigmoidDerivative
  ) throws {
    starts = [
      Start(name: "w = 0.6, b = 0.9", neuron: try SigmoidNeuron(weight: 0.6, bias: 0.9)),
      Start(name: "w = b = 2", neuron: try SigmoidNeuron(weight: 2, bias: 2)),
    ]
    let starts = self.starts
    func train(_ start: Int, _ cost: NeuronCost, _ rate: Double) throws -> Run {
      let states = try starts[start].neuron.trained(
        x: Self.input, y: Self.target, cost: cost, learningRate: rate, epochs: Self.epochs
      ) { gradient(cost, $0, $1, $2) }
      return Run(
        start: start, cost: cost, learningRate: rate, outputs: states.map { $0.output(Self.input) })
    }
    comparison = try starts.indices.flatMap { start in
      [
        try train(start, .quadratic, Self.learningRate),
        try train(start, .crossEntropy, crossEntropyRate),
      ]
    }
    nielsenRuns = try starts.indices.map { try train($0, .crossEntropy, Self.nielsenRate) }

    var generator = Xoshiro256StarStar(seed: seed)
    var points = starts.map { ($0.neuron, Self.input, Self.target) }
    for _ in 0..<Self.randomCheckPoints {
      let neuron = try SigmoidNeuron(
        weight: generator.uniform(in: -3..<3), bias: generator.uniform(in: -3..<3))
      points.append((neuron, generator.uniform(in: -1.5..<1.5), generator.uniform()))
    }
    let differences = try FiniteDifference()
    gradientChecks = NeuronCost.allCases.flatMap { cost in
      points.map { neuron, x, y in
        let numeric = differences.gradient(
          of: { parameters in
            var probe = neuron
            probe.weight = parameters[0]
            probe.bias = parameters[1]
            return cost.value(of: probe, x: x, y: y)
          },
          at: [neuron.weight, neuron.bias])
        return GradientCheck(
          cost: cost, neuron: neuron, x: x, y: y, analytic: gradient(cost, neuron, x, y),
          numeric: NeuronGradient(weight: numeric[0], bias: numeric[1]))
      }
    }
    derivativeSamples = Self.derivativeGrid.map(derivative)
  }

  /// The equal-η run from `start` (0 mild, 1 badly wrong) on `cost`.
  func run(start: Int, cost: NeuronCost) -> Run {
    comparison[2 * start + (cost == .quadratic ? 0 : 1)]
  }
}
