import Testing

@testable import Regularization

@Suite("MLP: full-batch training")
struct MLPTrainingTests {
  @Test("each step is the optimizer's step on the backpropagated gradient")
  func stepsAreTheOptimizers() throws {
    var generator = Xoshiro256StarStar(seed: 1)
    let data = try makeMoons(samples: 20, noise: 0.1, using: &generator)
    let start = try MLP(widths: [2, 8, 1], using: &generator)
    var trained = start
    var optimizer = try Adam(learningRate: 0.01)
    var masks = Xoshiro256StarStar(seed: 5)
    let losses = try trained.train(
      inputs: data.features, targets: data.targets, steps: 3, optimizer: &optimizer,
      using: &masks)
    var byHand = start
    var reference = try Adam(learningRate: 0.01)
    for t in 0..<3 {
      let (loss, gradient) = try byHand.lossAndGradient(
        inputs: data.features, targets: data.targets)
      #expect(loss == losses[t])
      reference.step(&byHand.parameters, gradient: gradient)
    }
    #expect(trained == byHand)
  }

  @Test("with dropout the masks come from the given generator, in order")
  func dropoutMasks() throws {
    var generator = Xoshiro256StarStar(seed: 2)
    let data = try makeMoons(samples: 10, noise: 0.1, using: &generator)
    let start = try MLP(widths: [2, 4, 1], using: &generator)
    let dropout = try Dropout(rate: 0.5)
    var trained = start
    var optimizer = try SGD(learningRate: 0.1)
    var masks = Xoshiro256StarStar(seed: 3)
    try trained.train(
      inputs: data.features, targets: data.targets, steps: 2, optimizer: &optimizer,
      dropout: dropout, using: &masks)
    var byHand = start
    var replay = Xoshiro256StarStar(seed: 3)
    var reference = try SGD(learningRate: 0.1)
    for _ in 0..<2 {
      let m = dropout.masks(for: byHand, samples: 10, using: &replay)
      let (_, gradient) = try byHand.lossAndGradient(
        inputs: data.features, targets: data.targets, masks: m)
      reference.step(&byHand.parameters, gradient: gradient)
    }
    #expect(trained == byHand)
    #expect(masks == replay)
  }
}
