import Testing

@testable import Regularization

@Suite("Sigmoid neuron training") struct SigmoidNeuronTrainingTests {
  @Test("each epoch is one step w ← w − η·∂C/∂w, b ← b − η·∂C/∂b", arguments: NeuronCost.allCases)
  func stepRule(cost: NeuronCost) throws {
    let start = try SigmoidNeuron(weight: 2, bias: 2)
    let states = try start.trained(x: 1, y: 0, cost: cost, learningRate: 0.15, epochs: 5)
    #expect(states.count == 6)
    #expect(states[0] == start)
    for t in 0..<5 {
      let g = cost.gradient(of: states[t], x: 1, y: 0)
      #expect(states[t + 1].weight == states[t].weight - 0.15 * g.weight)
      #expect(states[t + 1].bias == states[t].bias - 0.15 * g.bias)
    }
  }

  @Test("uses the gradient it is given")
  func customGradient() throws {
    let start = try SigmoidNeuron(weight: 1, bias: -1)
    let states = try start.trained(x: 1, y: 0, cost: .quadratic, learningRate: 0.5, epochs: 2) {
      _, _, _ in NeuronGradient(weight: 1, bias: -2)
    }
    #expect(states.map(\.weight) == [1, 0.5, 0])
    #expect(states.map(\.bias) == [-1, 0, 1])
  }

  @Test("rejects a learning rate ≤ 0 and negative epochs")
  func rejectsBadConfiguration() throws {
    let start = try SigmoidNeuron(weight: 0, bias: 0)
    #expect(throws: RegularizationError.self) {
      try start.trained(x: 1, y: 0, cost: .quadratic, learningRate: 0, epochs: 1)
    }
    #expect(throws: RegularizationError.self) {
      try start.trained(x: 1, y: 0, cost: .quadratic, learningRate: 0.1, epochs: -1)
    }
  }
}
