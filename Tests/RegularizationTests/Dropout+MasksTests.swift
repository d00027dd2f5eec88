import Testing

@testable import Regularization

@Suite("Dropout: masks for a network")
struct DropoutMasksTests {
  @Test("one mask per hidden layer, samples × width entries, drawn layer by layer")
  func shapes() throws {
    var generator = Xoshiro256StarStar(seed: 1)
    let network = try MLP(widths: [2, 8, 3, 1], using: &generator)
    let dropout = try Dropout(rate: 0.5)
    var a = Xoshiro256StarStar(seed: 9)
    let masks = dropout.masks(for: network, samples: 5, using: &a)
    #expect(masks.map(\.count) == [40, 15])
    var b = Xoshiro256StarStar(seed: 9)
    #expect(masks[0] == dropout.mask(count: 40, using: &b))
    #expect(masks[1] == dropout.mask(count: 15, using: &b))
    #expect(
      dropout.masks(for: try MLP(widths: [2, 1], using: &generator), samples: 5, using: &a).isEmpty)
  }
}
