import Testing

@testable import Regularization

@Suite("Optimizer (parameter groups)")
struct OptimizerTests {
  @Test("the one-group step is the group step with one group, for every optimizer")
  func oneGroup() throws {
    let optimizers: [any Optimizer] = [
      try SGD(learningRate: 0.1, momentum: 0.9, weightDecays: [0.2]),
      try Adam(learningRate: 0.1, weightDecays: [0.2]),
      try AdamW(learningRate: 0.1, weightDecays: [0.2]),
      try DecayThenStep(learningRate: 0.1, weightDecays: [0.2]),
    ]
    for optimizer in optimizers {
      var single = optimizer
      var grouped = optimizer
      var theta = [1.0, -2.0]
      var groups = [theta]
      for g in [[0.5, 0.25], [-1.0, 0.0], [0.125, 3.0]] {
        single.step(&theta, gradient: g)
        grouped.step(&groups, gradients: [g])
      }
      #expect(theta == groups[0])
    }
  }

  @Test("groups are independent: one optimizer over two groups = two over one each")
  func independentGroups() throws {
    var both = try Adam(learningRate: 0.05, weightDecays: [0.1, 0.3])
    var first = try Adam(learningRate: 0.05, weightDecays: [0.1])
    var second = try Adam(learningRate: 0.05, weightDecays: [0.3])
    var groups = [[1.0, 2.0], [-3.0]]
    var a = groups[0]
    var b = groups[1]
    for g in [[0.5, -0.5, 2.0], [0.1, 0.2, -0.3]] {
      both.step(&groups, gradients: [[g[0], g[1]], [g[2]]])
      first.step(&a, gradient: [g[0], g[1]])
      second.step(&b, gradient: [g[2]])
    }
    #expect(groups == [a, b])
  }
}
