import Foundation
import Testing

@testable import Regularization

@Suite("SGD (PyTorch's, coupled weight decay)")
struct SGDTests {
  @Test("one step is θ − η·(∇L + wd·θ), bit for bit")
  func stepRule() throws {
    var optimizer = try SGD(learningRate: 0.3, weightDecays: [0.07])
    var theta = [1.5, -2.25, 0.1]
    let gradient = [0.4, 0.9, -1.7]
    let expected = (0..<3).map { theta[$0] - 0.3 * (gradient[$0] + 0.07 * theta[$0]) }
    optimizer.step(&theta, gradient: gradient)
    #expect(theta == expected)
  }

  @Test("weight decay wd is the same as adding wd·θ to the gradient by hand (bit for bit)")
  func decayIsGradientOfHalfSquaredNorm() throws {
    var decayed = try SGD(learningRate: 0.05, weightDecays: [0.2])
    var plain = try SGD(learningRate: 0.05)
    var a = [2.0, -1.0]
    var b = a
    let lossGradient = { (t: [Double]) in [t[0] - 1, 3 * t[1] + 0.5] }  // ½(t₀ − 1)² + 3/2·t₁² + ½t₁
    for _ in 0..<500 {
      decayed.step(&a, gradient: lossGradient(a))
      let g = lossGradient(b)
      plain.step(&b, gradient: [g[0] + 0.2 * b[0], g[1] + 0.2 * b[1]])
      #expect(a == b)
    }
  }

  @Test("with a zero loss gradient the weights shrink by (1 − η·wd) per step")
  func pureDecay() throws {
    var optimizer = try SGD(learningRate: 0.1, weightDecays: [0.5])
    var theta = [3.0, -4.0]
    for _ in 0..<200 { optimizer.step(&theta, gradient: [0, 0]) }
    let factor = pow(1 - 0.1 * 0.5, 200.0)
    // 200 roundings of ~ε/2 each: at most 200·1.1e-16 ≈ 2e-14 relative; measured 9e-15.
    #expect(abs(theta[0] - 3 * factor) <= 1e-13 * 3 * factor)
    #expect(abs(theta[1] + 4 * factor) <= 1e-13 * 4 * factor)
  }

  @Test("it converges to the minimizer of L + (wd/2)‖θ‖²: c/(1 + wd) for L = ½‖θ − c‖²")
  func fixedPoint() throws {
    var optimizer = try SGD(learningRate: 0.5, weightDecays: [0.25])
    var theta = [0.0, 0.0]
    let c = [2.0, -5.0]
    for _ in 0..<200 { optimizer.step(&theta, gradient: subtracting(theta, c)) }
    // Contraction 1 − 0.5·1.25 = 0.375 per step: only rounding is left (measured 2.2e-16).
    #expect(maxAbsDifference(theta, [2 / 1.25, -5 / 1.25]) < 1e-14)
  }

  @Test("momentum: v ← g at the first step, then v ← μv + g; θ ← θ − ηv")
  func momentum() throws {
    var optimizer = try SGD(learningRate: 0.1, momentum: 0.9)
    var theta = [1.0]
    optimizer.step(&theta, gradient: [1])
    #expect(optimizer.momentumBuffers == [[1]])
    #expect(theta == [1 - 0.1])
    optimizer.step(&theta, gradient: [1])
    #expect(optimizer.momentumBuffers == [[0.9 * 1 + 1]])
    #expect(theta == [(1 - 0.1) - 0.1 * 1.9])
  }

  @Test("coupled: the decay term wd·θ goes into the momentum buffer")
  func decayInsideMomentum() throws {
    var optimizer = try SGD(learningRate: 0.1, momentum: 0.5, weightDecays: [2])
    var theta = [1.0]
    optimizer.step(&theta, gradient: [0])
    #expect(optimizer.momentumBuffers == [[2]])  // 0 + 2·1
    #expect(theta == [1 - 0.1 * 2])
    optimizer.step(&theta, gradient: [0])
    #expect(optimizer.momentumBuffers == [[0.5 * 2 + 2 * 0.8]])
  }

  @Test("two steps with momentum, dampening and decay, by hand: θ = 1, 0.85, 0.64375")
  func dampenedTrajectory() throws {
    // γ = 0.1, μ = 0.9, τ = 0.5, λ = 0.5, data gradient 1 at every step:
    // t = 1: g = 1 + 0.5·1 = 1.5,  b = g = 1.5,  θ = 1 − 0.15 = 0.85
    // t = 2: g = 1 + 0.5·0.85 = 1.425,  b = 0.9·1.5 + 0.5·1.425 = 2.0625,  θ = 0.64375
    var optimizer = try SGD(learningRate: 0.1, momentum: 0.9, dampening: 0.5, weightDecays: [0.5])
    var theta = [1.0]
    optimizer.step(&theta, gradient: [1])
    #expect(abs(theta[0] - 0.85) <= 2e-16)  // a few roundings of numbers below 2: ≤ 2 ulp
    optimizer.step(&theta, gradient: [1])
    #expect(abs(optimizer.momentumBuffers[0][0] - 2.0625) <= 5e-16)
    #expect(abs(theta[0] - 0.64375) <= 5e-16)
  }

  @Test("two Nesterov steps by hand: θ = 1, 0.715, 0.335575")
  func nesterovTrajectory() throws {
    // γ = 0.1, μ = 0.9, λ = 0.5, data gradient 1:
    // t = 1: g = 1.5, b = 1.5, step g + μb = 2.85, θ = 1 − 0.285 = 0.715
    // t = 2: g = 1 + 0.3575 = 1.3575, b = 1.35 + 1.3575 = 2.7075,
    //        step 1.3575 + 0.9·2.7075 = 3.79425, θ = 0.715 − 0.379425 = 0.335575
    var optimizer = try SGD(learningRate: 0.1, momentum: 0.9, nesterov: true, weightDecays: [0.5])
    var theta = [1.0]
    optimizer.step(&theta, gradient: [1])
    #expect(abs(theta[0] - 0.715) <= 3e-16)
    optimizer.step(&theta, gradient: [1])
    #expect(abs(optimizer.momentumBuffers[0][0] - 2.7075) <= 1e-15)
    #expect(abs(theta[0] - 0.335575) <= 1e-15)
  }

  @Test("two groups: each its own decay and its own momentum buffer")
  func twoGroupMomentum() throws {
    var optimizer = try SGD(learningRate: 0.1, momentum: 0.9, weightDecays: [0.5, 0])
    var groups = [[1.0], [1.0]]
    optimizer.step(&groups, gradients: [[1], [1]])
    optimizer.step(&groups, gradients: [[1], [1]])
    // Group 0: g = 1.5 then 1.425, b = 1.5 then 0.9·1.5 + 1.425 = 2.775: θ = 0.85 − 0.2775.
    // Group 1: g = 1 twice, b = 1 then 1.9: θ = 1 − 0.1 − 0.19 = 0.71.
    #expect(abs(groups[0][0] - 0.5725) <= 5e-16)
    #expect(abs(groups[1][0] - 0.71) <= 5e-16)
    #expect(optimizer.momentumBuffers.count == 2)
  }

  @Test("parameter groups: an optimizer without decay leaves the bias update unchanged")
  func groups() throws {
    var optimizer = try SGD(learningRate: 0.1, weightDecays: [0.3, 0])
    var groups = [[1.0, 2.0], [5.0]]
    optimizer.step(&groups, gradients: [[0, 0], [0.5]])
    #expect(groups[0] == [1 - 0.1 * 0.3, 2 - 0.1 * 0.6])
    #expect(groups[1] == [5 - 0.1 * 0.5])
  }

  @Test("rejects a bad learning rate, momentum, dampening, weight decay or Nesterov setting")
  func validation() {
    #expect(throws: RegularizationError.self) { try SGD(learningRate: 0) }
    #expect(throws: RegularizationError.self) { try SGD(learningRate: .nan) }
    #expect(throws: RegularizationError.self) { try SGD(learningRate: 0.1, momentum: -0.1) }
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "weightDecays[1]", value: -1, requirement: "a finite number >= 0")
    ) { try SGD(learningRate: 0.1, weightDecays: [0, -1]) }
    #expect(throws: RegularizationError.self) { try SGD(learningRate: 0.1, weightDecays: []) }
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "dampening", value: 1.5, requirement: "in [0, 1]")
    ) { try SGD(learningRate: 0.1, momentum: 0.9, dampening: 1.5) }
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "momentum", value: 0, requirement: "> 0 for Nesterov momentum")
    ) { try SGD(learningRate: 0.1, nesterov: true) }
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "dampening", value: 0.1, requirement: "0 for Nesterov momentum")
    ) { try SGD(learningRate: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true) }
  }

  @Test("the defaults are PyTorch's: no momentum, dampening or Nesterov, one group without decay")
  func defaults() throws {
    let optimizer = try SGD(learningRate: 0.01)
    #expect(optimizer.momentum == 0 && optimizer.dampening == 0 && !optimizer.nesterov)
    #expect(optimizer.weightDecays == [0])
  }
}
