import Foundation
import Testing

@testable import Regularization

@Suite("Adam (PyTorch's, coupled weight decay)")
struct AdamTests {
  @Test("two steps with coupled decay, by hand: θ = 1, 0.90000000067, 0.80010270842")
  func coupledTrajectory() throws {
    // γ = 0.1, β = (0.9, 0.999), ε = 1e-8, λ = 0.5, data gradient 1 at every step:
    // t = 1: g = 1 + 0.5·1 = 1.5, m = 0.15, v = 0.00225, m̂ = 1.5, v̂ = 2.25,
    //        θ = 1 − 0.1·1.5/(1.5 + 1e-8) = 0.90000000066666666222
    // t = 2: g = 1 + 0.5·θ₁ = 1.45000000033333333, m = 0.135 + 0.1·g, v = 0.00224775 + 0.001·g²,
    //        m̂ = m/0.19, v̂ = v/0.001999, θ = θ₁ − 0.1·m̂/(√v̂ + ε) = 0.80010270842207687666
    // (worked in 40-digit decimal arithmetic).
    var optimizer = try Adam(learningRate: 0.1, weightDecays: [0.5])
    var theta = [1.0]
    optimizer.step(&theta, gradient: [1])
    // About ten roundings of numbers ≤ 2.25 and one square root: ≤ 10 ulp of 1 ≈ 2e-15.
    #expect(abs(theta[0] - 0.900_000_000_666_666_662_22) <= 2e-15)
    // 1 − β₁ is 0.09999999999999998 in binary: m is 0.15 to an ulp.
    #expect(abs(optimizer.moments.first[0][0] - 0.15) <= 1e-16)
    optimizer.step(&theta, gradient: [1])
    #expect(abs(theta[0] - 0.800_102_708_422_076_876_66) <= 2e-15)
    #expect(optimizer.moments.stepCount == 2)
  }

  @Test("amsgrad: the maximum is of the raw v, bias-corrected afterwards (PyTorch 2.x)")
  func amsgradTrajectory() throws {
    // γ = 0.1, data gradients 2 then 0, no decay:
    // t = 1: m = 0.2, v = 0.004, θ = 1 − 0.1·2/(2 + 1e-8) = 0.90000000049999999750
    // t = 2: m = 0.18, v = 0.003996, v^max = 0.004, m̂ = 0.18/0.19,
    //        amsgrad v̂ = 0.004/0.001999:      θ = 0.83302768685241850162
    //        plain   v̂ = 0.003996/0.001999:   θ = 0.83299417556026693568
    // (the maximum of the corrected v̂, max(4, 1.999), would give a third value, 0.9526…).
    var ams = try Adam(learningRate: 0.1, amsgrad: true)
    var plain = try Adam(learningRate: 0.1)
    var a = [1.0]
    var b = [1.0]
    for g in [2.0, 0.0] {
      ams.step(&a, gradient: [g])
      plain.step(&b, gradient: [g])
    }
    #expect(abs(a[0] - 0.833_027_686_852_418_501_62) <= 2e-15)
    #expect(abs(b[0] - 0.832_994_175_560_266_935_68) <= 2e-15)
    #expect(abs(ams.moments.largestSecond[0][0] - 0.004) <= 1e-17)  // 1 − β₂ to an ulp
  }

  @Test("coupled: with one group's decay 0 that group steps as plain Adam")
  func groups() throws {
    var grouped = try Adam(learningRate: 0.01, weightDecays: [0.3, 0])
    var alone = try Adam(learningRate: 0.01)
    var groups = [[1.0, -2.0], [0.5]]
    var bias = [0.5]
    for _ in 0..<5 {
      grouped.step(&groups, gradients: [[0.1, 0.2], [0.4]])
      alone.step(&bias, gradient: [0.4])
    }
    #expect(groups[1] == bias)
    #expect(grouped.moments.first.count == 2)
  }

  @Test("with a zero data gradient the first coupled step has length γ·λ|θ|/(λ|θ| + ε)")
  func firstStepLength() throws {
    for lambda in [0.1, 1e-4, 1e-8] {
      var optimizer = try Adam(learningRate: 0.01, weightDecays: [lambda])
      var theta = [2.0]
      optimizer.step(&theta, gradient: [0])
      let expected = 0.01 * lambda * 2 / (lambda * 2 + 1e-8)
      #expect(abs((2 - theta[0]) - expected) <= 1e-15)  // a subtraction of numbers ≈ 2
    }
  }

  @Test("the defaults are PyTorch's: β = (0.9, 0.999), ε = 1e-8, no decay, no amsgrad")
  func defaults() throws {
    let optimizer = try Adam(learningRate: 0.001)
    #expect(
      optimizer.moments.beta1 == 0.9 && optimizer.moments.beta2 == 0.999
        && optimizer.moments.epsilon == 1e-8)
    #expect(optimizer.weightDecays == [0] && !optimizer.moments.amsgrad)
  }

  @Test("rejects a bad learning rate, β, ε or weight decay, naming it")
  func validation() {
    #expect(throws: RegularizationError.self) { try Adam(learningRate: -0.1) }
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "betas.1", value: 1, requirement: "in [0, 1)")
    ) { try Adam(learningRate: 0.1, betas: (0.9, 1)) }
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "epsilon", value: -1e-8, requirement: "a finite number >= 0")
    ) { try Adam(learningRate: 0.1, epsilon: -1e-8) }
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "weightDecays[0]", value: .infinity, requirement: "a finite number >= 0")
    ) { try Adam(learningRate: 0.1, weightDecays: [.infinity]) }
  }
}
