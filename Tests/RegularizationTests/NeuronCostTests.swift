import Foundation
import Testing

@testable import Regularization

@Suite("Neuron costs") struct NeuronCostTests {
  static let points: [(w: Double, b: Double, x: Double, y: Double)] = [
    (0.6, 0.9, 1, 0), (2, 2, 1, 0), (-1.3, 0.4, 0.7, 1), (0.2, -2.5, -1.2, 0.3), (3, -1, 1.5, 0.9),
  ]

  @Test("both gradients match central differences of their costs")
  func gradientsMatchDifferences() throws {
    for cost in NeuronCost.allCases {
      for p in Self.points {
        let neuron = try SigmoidNeuron(weight: p.w, bias: p.b)
        let g = cost.gradient(of: neuron, x: p.x, y: p.y)
        let dw = centralDifference(
          { cost.value(of: try! SigmoidNeuron(weight: $0, bias: p.b), x: p.x, y: p.y) }, at: p.w)
        let db = centralDifference(
          { cost.value(of: try! SigmoidNeuron(weight: p.w, bias: $0), x: p.x, y: p.y) }, at: p.b)
        // h = 1e-6: truncation h²·C‴/6 ≈ 1e-13, rounding ε·C/h ≈ 1e-10; measured ≤ 2e-10.
        #expect(abs(g.weight - dw) < 1e-8 && abs(g.bias - db) < 1e-8, "\(cost) at \(p)")
      }
    }
  }

  @Test("the quadratic gradient is cross-entropy's times σ′(z): the factor that cancels")
  func ratioIsSigmoidDerivative() throws {
    for p in Self.points {
      let neuron = try SigmoidNeuron(weight: p.w, bias: p.b)
      let quadratic = NeuronCost.quadratic.gradient(of: neuron, x: p.x, y: p.y)
      let crossEntropy = NeuronCost.crossEntropy.gradient(of: neuron, x: p.x, y: p.y)
      let s = sigmoidDerivative(p.w * p.x + p.b)
      // One extra rounding in each product: a few ulps.
      #expect(abs(quadratic.weight - s * crossEntropy.weight) <= 1e-16)
      #expect(abs(quadratic.bias - s * crossEntropy.bias) <= 1e-16)
      #expect(crossEntropy.bias == sigmoid(p.w * p.x + p.b) - p.y)
      #expect(crossEntropy.weight == crossEntropy.bias * p.x)
    }
  }

  @Test("values: ½(a − y)² and −[y·ln a + (1 − y)·ln(1 − a)], finite at z = ±800")
  func values() throws {
    let neuron = try SigmoidNeuron(weight: 0.6, bias: 0.9)
    let a = 1 / (1 + exp(-1.5))
    // Same formulas, different rounding order: a few ulps.
    #expect(abs(NeuronCost.quadratic.value(of: neuron, x: 1, y: 0) - 0.5 * a * a) < 1e-15)
    #expect(abs(NeuronCost.crossEntropy.value(of: neuron, x: 1, y: 0) + log(1 - a)) < 1e-14)
    let saturated = try SigmoidNeuron(weight: 400, bias: 400)
    // ln(1 + e⁸⁰⁰) = 800 to rounding: the naive −ln(1 − σ(800)) would be +∞.
    #expect(NeuronCost.crossEntropy.value(of: saturated, x: 1, y: 0) == 800)
    #expect(NeuronCost.quadratic.value(of: saturated, x: 1, y: 0) == 0.5)
    #expect(NeuronCost.quadratic.gradient(of: saturated, x: 1, y: 0).bias == 0)
    #expect(NeuronCost.crossEntropy.gradient(of: saturated, x: 1, y: 0).bias == 1)
  }
}
