import Foundation
import Testing

@testable import Regularization

@Suite("MLP: forward pass")
struct MLPForwardTests {
  /// A 2-2-1 network with hand-picked parameters.
  func tiny(_ hidden: MLP.HiddenActivation, _ output: MLP.OutputActivation) throws -> MLP {
    // W⁰ = [[1, −2], [0.5, 1]], b⁰ = [0.1, −0.2], W¹ = [[2, −1]], b¹ = [0.3]
    try MLP(
      widths: [2, 2, 1], hiddenActivation: hidden, outputActivation: output,
      parameters: [1, -2, 0.5, 1, 0.1, -0.2, 2, -1, 0.3])
  }

  @Test("outputs match the formula written out by hand (ReLU, identity)")
  func handComputed() throws {
    let network = try tiny(.relu, .identity)
    let x = try Matrix(rowArrays: [[1, 0.25], [-1, 2]])
    let outputs = try network.outputs(for: x)
    // row 1: z = [1 − 0.5 + 0.1, 0.5 + 0.25 − 0.2] = [0.6, 0.55]; ŷ = 1.2 − 0.55 + 0.3
    // row 2: z = [−1 − 4 + 0.1, −0.5 + 2 − 0.2] = [−4.9, 1.3]; ŷ = 0 − 1.3 + 0.3
    #expect(abs(outputs[0] - 0.95) <= 1e-15)
    #expect(abs(outputs[1] - -1.0) <= 1e-15)
  }

  @Test("a sigmoid output is σ of the identity output; tanh replaces ReLU")
  func activations() throws {
    let x = try Matrix(rowArrays: [[1, 0.25]])
    let logit = try tiny(.relu, .identity).outputs(for: x)[0]
    #expect(try tiny(.relu, .sigmoid).outputs(for: x)[0] == sigmoid(logit))
    let t = try tiny(.tanh, .identity).outputs(for: x)[0]
    #expect(abs(t - (2 * tanh(0.6) - tanh(0.55) + 0.3)) <= 1e-15)
  }

  @Test("evaluation with classic dropout scales the hidden activations by 1 − q")
  func classicEvaluation() throws {
    let network = try tiny(.relu, .identity)
    let x = try Matrix(rowArrays: [[1, 0.25]])
    let classic = try network.outputs(for: x, dropout: Dropout(rate: 0.25, form: .classic))
    #expect(abs(classic[0] - (0.75 * (1.2 - 0.55) + 0.3)) <= 1e-15)
    let inverted = try network.outputs(for: x, dropout: Dropout(rate: 0.25))
    #expect(inverted == (try network.outputs(for: x)))
  }

  @Test("a training mask multiplies the hidden activations; wrong sizes are refused")
  func masks() throws {
    let network = try tiny(.relu, .identity)
    let x = try Matrix(rowArrays: [[1, 0.25]])
    let masked = try network.outputs(for: x, masks: [[2, 0]])
    #expect(abs(masked[0] - (2 * 2 * 0.6 + 0.3)) <= 1e-15)
    #expect(throws: RegularizationError.self) { try network.outputs(for: x, masks: [[1]]) }
    #expect(throws: RegularizationError.self) {
      try network.outputs(for: Matrix(rowArrays: [[1, 2, 3]]))
    }
  }
}
