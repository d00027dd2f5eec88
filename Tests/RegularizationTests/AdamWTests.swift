import Foundation
import Testing

@testable import Regularization

@Suite("AdamW (PyTorch's, decoupled weight decay)")
struct AdamWTests {
  @Test("two steps by hand: θ = 1, 0.850000001, 0.70750000195")
  func decoupledTrajectory() throws {
    // γ = 0.1, λ = 0.5, data gradient 1: the decay never enters m and v, so m̂ = v̂ = 1 at
    // both steps and each Adam step is 0.1/(1 + 1e-8).
    // t = 1: θ ← 1·(1 − 0.05) = 0.95, then 0.95 − 0.1/(1 + 1e-8) = 0.850000001
    // t = 2: θ ← 0.95·θ₁, then − 0.1/(1 + 1e-8): 0.70750000194999998050
    var optimizer = try AdamW(learningRate: 0.1, weightDecays: [0.5])
    var theta = [1.0]
    optimizer.step(&theta, gradient: [1])
    #expect(abs(theta[0] - 0.850_000_000_999_999_990_00) <= 1e-15)  // a few ulp of 1
    optimizer.step(&theta, gradient: [1])
    #expect(abs(theta[0] - 0.707_500_001_949_999_980_50) <= 1e-15)
    #expect(abs(optimizer.moments.second[0][0] - 0.001999) <= 1e-17)  // 1 − β₂ to an ulp
  }

  @Test("with a zero data gradient the weights shrink by exactly 1 − γλ per step")
  func pureDecay() throws {
    var optimizer = try AdamW(learningRate: 0.01, weightDecays: [0.1])
    var theta = [3.0, -0.5]
    for _ in 0..<100 { optimizer.step(&theta, gradient: [0, 0]) }
    let factor = pow(1 - 0.01 * 0.1, 100.0)
    // 100 products, each rounded once (≤ ε/2): ≤ 100·1.1e-16 relative.
    #expect(abs(theta[0] - 3 * factor) <= 2e-14 * 3)
    #expect(abs(theta[1] + 0.5 * factor) <= 2e-14 * 0.5)
  }

  @Test("amsgrad and groups: a group without decay steps as Adam without decay")
  func amsgradGroups() throws {
    var decoupled = try AdamW(learningRate: 0.05, weightDecays: [0.2, 0], amsgrad: true)
    var adam = try Adam(learningRate: 0.05, amsgrad: true)
    var groups = [[1.0], [1.0]]
    var plain = [1.0]
    for g in [2.0, 0.5, -1.0, 0.0] {
      decoupled.step(&groups, gradients: [[g], [g]])
      adam.step(&plain, gradient: [g])
    }
    #expect(groups[1] == plain)
    #expect(decoupled.moments.largestSecond[1] == adam.moments.largestSecond[0])
  }

  @Test("the default weight decay is PyTorch's for AdamW, 0.01")
  func defaults() throws {
    let optimizer = try AdamW(learningRate: 0.001)
    #expect(optimizer.weightDecays == [0.01])
    #expect(
      optimizer.moments.beta1 == 0.9 && optimizer.moments.beta2 == 0.999
        && optimizer.moments.epsilon == 1e-8 && !optimizer.moments.amsgrad)
  }

  @Test("rejects a bad learning rate, β or weight decay, naming it")
  func validation() {
    #expect(throws: RegularizationError.self) { try AdamW(learningRate: .infinity) }
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "betas.0", value: -0.1, requirement: "in [0, 1)")
    ) { try AdamW(learningRate: 0.1, betas: (-0.1, 0.999)) }
    #expect(throws: RegularizationError.self) { try AdamW(learningRate: 0.1, weightDecays: []) }
  }
}
