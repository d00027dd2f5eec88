import Foundation
import Testing

@testable import Regularization

@Suite("MLP: backpropagation against central finite differences")
struct MLPBackpropagationTests {
  static let cases: [(MLP.HiddenActivation, MLP.OutputActivation)] = [
    (.tanh, .identity), (.tanh, .sigmoid), (.relu, .sigmoid), (.relu, .identity),
  ]

  /// A 3-5-4-2 network on 7 random samples.
  func problem(_ hidden: MLP.HiddenActivation, _ output: MLP.OutputActivation, seed: UInt64)
    throws -> (MLP, Matrix, [Double])
  {
    var generator = Xoshiro256StarStar(seed: seed)
    let network = try MLP(
      widths: [3, 5, 4, 2], hiddenActivation: hidden, outputActivation: output,
      using: &generator)
    let x = try Matrix(rows: 7, columns: 3, elements: generator.normals(count: 21))
    let targets =
      output == .sigmoid
      ? (0..<14).map { _ in generator.bernoulli(probability: 0.5) ? 1.0 : 0.0 }
      : generator.normals(count: 14)
    return (network, x, targets)
  }

  @Test(
    "every partial derivative agrees with central differences (relative error < 1e-6)",
    arguments: 0..<cases.count)
  func gradientMatchesFiniteDifferences(index: Int) throws {
    let (hidden, output) = Self.cases[index]
    let (network, x, targets) = try problem(hidden, output, seed: UInt64(10 + index))
    try check(network, x, targets, masks: nil)
  }

  @Test("with a fixed dropout mask the gradient is that of the masked network", arguments: [1, 2])
  func gradientWithMask(seed: UInt64) throws {
    let (network, x, targets) = try problem(.tanh, .sigmoid, seed: seed)
    var generator = Xoshiro256StarStar(seed: seed + 100)
    let masks = try Dropout(rate: 0.4).masks(for: network, samples: 7, using: &generator)
    #expect(masks.map(\.count) == [35, 28])
    try check(network, x, targets, masks: masks)
  }

  func check(_ network: MLP, _ x: Matrix, _ targets: [Double], masks: [[Double]]?) throws {
    let (loss, gradient) = try network.lossAndGradient(inputs: x, targets: targets, masks: masks)
    #expect(loss == (try network.loss(inputs: x, targets: targets, masks: masks)))
    let numeric = try FiniteDifference().gradient(
      of: { p in
        var moved = network
        moved.parameters = p
        return (try? moved.loss(inputs: x, targets: targets, masks: masks)) ?? .nan
      }, at: network.parameters)
    for j in gradient.indices {
      // Per parameter, relative to max(|g|, 1e-3): a central difference with h ≈ 6e-6 on a
      // smooth loss of order 1 errs by ~1e-10 (measured worst 3e-9; ReLU kinks are never
      // within h of a pre-activation for these seeds).
      let scale = max(abs(gradient[j]), abs(numeric[j]), 1e-3)
      #expect(abs(gradient[j] - numeric[j]) / scale < 1e-6, "parameter \(j)")
    }
  }

  @Test("a mismatched target count is refused")
  func badTargets() throws {
    let (network, x, _) = try problem(.relu, .sigmoid, seed: 3)
    #expect(throws: RegularizationError.self) {
      try network.lossAndGradient(inputs: x, targets: [0, 1])
    }
  }
}
