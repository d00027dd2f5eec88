import Testing

@testable import Regularization

@Suite("Adam's moment estimates")
struct AdamMomentsTests {
  @Test("the first step's move is γ·g/(|g| + ε): bias correction undoes the (1 − β) factors")
  func firstStep() throws {
    var moments = try AdamMoments(betas: (0.9, 0.999), epsilon: 1e-8, amsgrad: false)
    var theta = [1.0, 1.0]
    moments.begin(sizes: [2])
    moments.step(&theta, gradient: [3, -0.5], group: 0, learningRate: 0.1)
    // m̂ = g and v̂ = g² to a few ulp, so the move is 0.1·sign(g) to about 1e-9 (ε/|g|).
    #expect(abs((1 - theta[0]) - 0.1 * 3 / (3 + 1e-8)) <= 1e-15)
    #expect(abs((theta[1] - 1) - 0.1 * 0.5 / (0.5 + 1e-8)) <= 1e-15)
    #expect(moments.stepCount == 1)
  }

  @Test("amsgrad keeps the largest raw v; without it no maximum is stored")
  func runningMaximum() throws {
    var ams = try AdamMoments(betas: (0.9, 0.5), epsilon: 1e-8, amsgrad: true)
    var plain = try AdamMoments(betas: (0.9, 0.5), epsilon: 1e-8, amsgrad: false)
    var a = [0.0]
    var b = [0.0]
    for g in [2.0, 0.0] {
      ams.begin(sizes: [1])
      plain.begin(sizes: [1])
      ams.step(&a, gradient: [g], group: 0, learningRate: 0.1)
      plain.step(&b, gradient: [g], group: 0, learningRate: 0.1)
    }
    #expect(ams.second == [[1]])  // 0.5·(0.5·4) after the zero gradient
    #expect(ams.largestSecond == [[2]])  // v₁ = 0.5·4
    #expect(plain.largestSecond.isEmpty)
  }
}
