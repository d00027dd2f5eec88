import Foundation
import Testing

@testable import Regularization

@Suite("SGD (PyTorch's, coupled weight decay)")
struct SGDTests {
  @Test("one step is θ − η·(∇L + wd·θ), bit for bit")
  func stepRule() throws {
    var optimizer = try SGD(learningRate: 0.3, weightDecay: 0.07)
    var theta = [1.5, -2.25, 0.1]
    let gradient = [0.4, 0.9, -1.7]
    let expected = (0..<3).map { theta[$0] - 0.3 * (gradient[$0] + 0.07 * theta[$0]) }
    optimizer.step(&theta, gradient: gradient)
    #expect(theta == expected)
  }

  @Test("weight decay wd is the same as adding wd·θ to the gradient by hand (bit for bit)")
  func decayIsGradientOfHalfSquaredNorm() throws {
    var decayed = try SGD(learningRate: 0.05, weightDecay: 0.2)
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
    var optimizer = try SGD(learningRate: 0.1, weightDecay: 0.5)
    var theta = [3.0, -4.0]
    for _ in 0..<200 { optimizer.step(&theta, gradient: [0, 0]) }
    let factor = pow(1 - 0.1 * 0.5, 200.0)
    // 200 roundings of ~ε/2 each: at most 200·1.1e-16 ≈ 2e-14 relative; measured 9e-15.
    #expect(abs(theta[0] - 3 * factor) <= 1e-13 * 3 * factor)
    #expect(abs(theta[1] + 4 * factor) <= 1e-13 * 4 * factor)
  }

  @Test("it converges to the minimizer of L + (wd/2)‖θ‖²: c/(1 + wd) for L = ½‖θ − c‖²")
  func fixedPoint() throws {
    var optimizer = try SGD(learningRate: 0.5, weightDecay: 0.25)
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
    #expect(optimizer.velocity == [1])
    #expect(theta == [1 - 0.1])
    optimizer.step(&theta, gradient: [1])
    #expect(optimizer.velocity == [0.9 * 1 + 1])
    #expect(theta == [(1 - 0.1) - 0.1 * 1.9])
  }

  @Test("coupled: the decay term wd·θ goes into the momentum buffer")
  func decayInsideMomentum() throws {
    var optimizer = try SGD(learningRate: 0.1, momentum: 0.5, weightDecay: 2)
    var theta = [1.0]
    optimizer.step(&theta, gradient: [0])
    #expect(optimizer.velocity == [2])  // 0 + 2·1
    #expect(theta == [1 - 0.1 * 2])
    optimizer.step(&theta, gradient: [0])
    #expect(optimizer.velocity == [0.5 * 2 + 2 * 0.8])
  }

  @Test("parameter groups: an optimizer without decay leaves the bias update unchanged")
  func groups() throws {
    var weights = try SGD(learningRate: 0.1, weightDecay: 0.3)
    var bias = try SGD(learningRate: 0.1)
    var w = [1.0, 2.0]
    var b = [5.0]
    weights.step(&w, gradient: [0, 0])
    bias.step(&b, gradient: [0.5])
    #expect(w == [1 - 0.1 * 0.3, 2 - 0.1 * 0.6])
    #expect(b == [5 - 0.1 * 0.5])
  }

  @Test("rejects a bad learning rate, momentum or weight decay")
  func validation() {
    #expect(throws: RegularizationError.self) { try SGD(learningRate: 0) }
    #expect(throws: RegularizationError.self) { try SGD(learningRate: .nan) }
    #expect(throws: RegularizationError.self) { try SGD(learningRate: 0.1, momentum: -0.1) }
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "weightDecay", value: -1, requirement: "a finite number >= 0")
    ) { try SGD(learningRate: 0.1, weightDecay: -1) }
  }
}
