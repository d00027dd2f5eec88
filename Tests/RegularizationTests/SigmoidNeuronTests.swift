import Foundation
import Testing

@testable import Regularization

@Suite("Sigmoid neuron") struct SigmoidNeuronTests {
  @Test("z = w·x + b and a = 1/(1 + e^(−z))")
  func forward() throws {
    let neuron = try SigmoidNeuron(weight: 2, bias: 2)
    #expect(neuron.preactivation(1) == 4)
    #expect(neuron.preactivation(-0.5) == 1)
    // The textbook form for a moderate z: both are correctly rounded to within an ulp or two.
    #expect(abs(neuron.output(1) - 1 / (1 + exp(-4))) < 1e-16)
    #expect(abs(try SigmoidNeuron(weight: 0.6, bias: 0.9).output(1) - 0.8175744761936437) < 1e-15)
  }

  @Test("stays finite and in [0, 1] when z = ±800")
  func saturatedOutput() throws {
    #expect(try SigmoidNeuron(weight: 400, bias: 400).output(1) == 1)
    #expect(try SigmoidNeuron(weight: -400, bias: -400).output(1) == 0)
    let tiny = try SigmoidNeuron(weight: -20, bias: -20).output(1)  // σ(−40) = e⁻⁴⁰/(1 + e⁻⁴⁰)
    #expect(abs(tiny - exp(-40)) <= 1e-16 * exp(-40) * 10)
  }

  @Test("rejects a NaN or infinite weight or bias")
  func rejectsNonFinite() {
    #expect(throws: RegularizationError.nonFinite(what: "the neuron's weight")) {
      try SigmoidNeuron(weight: .nan, bias: 0)
    }
    #expect(throws: RegularizationError.nonFinite(what: "the neuron's bias")) {
      try SigmoidNeuron(weight: 0, bias: .infinity)
    }
  }
}
