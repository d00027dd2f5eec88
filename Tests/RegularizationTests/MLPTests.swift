import Testing

@testable import Regularization

@Suite("MLP: layout and initialization")
struct MLPTests {
  @Test("a 2-32-1 network has 2·32 + 32 + 32 + 1 = 129 parameters, weights before biases")
  func layout() throws {
    var generator = Xoshiro256StarStar(seed: 1)
    let network = try MLP(widths: [2, 32, 1], using: &generator)
    #expect(network.parameterCount == 129)
    #expect(network.parameters.count == 129)
    #expect(network.weightOffset(layer: 0) == 0)
    #expect(network.biasOffset(layer: 0) == 64)
    #expect(network.weightOffset(layer: 1) == 96)
    #expect(network.biasOffset(layer: 1) == 128)
    #expect(network.weightIndices == Array(0..<64) + Array(96..<128))
  }

  @Test("initialization is PyTorch's U(−1/√fan_in, 1/√fan_in), layer by layer")
  func initialization() throws {
    var generator = Xoshiro256StarStar(seed: 2)
    let network = try MLP(widths: [4, 16, 3], using: &generator)
    let first = network.parameters[0..<network.weightOffset(layer: 1)]
    let second = network.parameters[network.weightOffset(layer: 1)...]
    #expect(first.allSatisfy { abs($0) < 0.5 })  // 1/√4
    #expect(second.allSatisfy { abs($0) < 0.25 })  // 1/√16
    #expect(first.map(abs).max()! > 0.4)  // the bound is reached, not a narrower range
    var again = Xoshiro256StarStar(seed: 2)
    #expect(try MLP(widths: [4, 16, 3], using: &again) == network)
  }

  @Test("bad widths and a parameter count that does not fit are refused")
  func badInput() {
    var generator = Xoshiro256StarStar(seed: 3)
    #expect(throws: RegularizationError.self) { try MLP(widths: [2], using: &generator) }
    #expect(throws: RegularizationError.self) { try MLP(widths: [2, 0, 1], using: &generator) }
    #expect(
      throws: RegularizationError.dimensionMismatch(
        what: "number of MLP parameters", expected: 13, actual: 12)
    ) { try MLP(widths: [2, 3, 1], parameters: [Double](repeating: 0, count: 12)) }
  }
}
