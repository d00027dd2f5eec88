import Foundation
import Testing

@testable import Regularization

@Suite("Decay, then step")
struct DecayThenStepTests {
  @Test("each group's factor is 1 − η·wd and a step is factor·θ − η·∇C₀, bit for bit")
  func stepRule() throws {
    let update = try DecayThenStep(learningRate: 0.2, weightDecays: [0.05, 0])
    #expect(update.factors == [1 - 0.2 * 0.05, 1])
    var groups = [[1.5, -3.0], [2.0]]
    let gradients = [[0.25, -0.75], [0.5]]
    let expected = (0..<2).map { update.factors[0] * groups[0][$0] - 0.2 * gradients[0][$0] }
    update.step(&groups, gradients: gradients)
    #expect(groups[0] == expected)
    #expect(groups[1] == [2 - 0.2 * 0.5])  // the no-decay group: factor exactly 1
  }

  @Test("with a zero gradient θ_t = factor^t·θ₀ (each step one exact-to-rounding product)")
  func geometricDecay() throws {
    var update = try DecayThenStep(learningRate: 0.1, weightDecays: [0.1])
    var theta = [7.0]
    for t in 1...1000 {
      update.step(&theta, gradient: [0])
      let theory = 7 * pow(update.factors[0], Double(t))
      // t roundings of ≤ ε/2 each, plus pow's own: ≤ 1000·1.1e-16 ≈ 1.1e-13; measured 1.2e-15.
      #expect(abs(theta[0] - theory) <= 2e-13 * theory)
    }
  }

  @Test("it follows SGD's coupled step θ − η(∇C₀ + wd·θ) to rounding over 1000 steps")
  func agreesWithSGD() throws {
    var update = try DecayThenStep(learningRate: 0.1, weightDecays: [0.3])
    var sgd = try SGD(learningRate: 0.1, weightDecays: [0.3])
    var a = [4.0, -2.0, 1.0]
    var b = a
    let target = [1.0, 2.0, 3.0]
    var largest = 0.0
    for _ in 0..<1000 {
      update.step(&a, gradient: subtracting(a, target))
      sgd.step(&b, gradient: subtracting(b, target))
      largest = max(largest, maxAbsDifference(a, b))
    }
    // Same operations in another order; the map contracts, so differences stay at the
    // rounding of O(1) numbers: measured 1.3e-15.
    #expect(largest < 1e-14)
  }

  @Test("η·wd > 1 makes the factor negative: the weights flip sign each step")
  func overshoot() throws {
    var update = try DecayThenStep(learningRate: 1, weightDecays: [1.5])
    var theta = [2.0]
    update.step(&theta, gradient: [0])
    #expect(update.factors == [-0.5])
    #expect(theta == [-1])
  }

  @Test("rejects a bad learning rate or weight decay")
  func validation() {
    #expect(throws: RegularizationError.self) {
      try DecayThenStep(learningRate: -1, weightDecays: [0.1])
    }
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "weightDecays[0]", value: .infinity, requirement: "a finite number >= 0")
    ) { try DecayThenStep(learningRate: 0.1, weightDecays: [.infinity]) }
  }
}
