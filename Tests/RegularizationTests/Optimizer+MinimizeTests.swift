import Testing

@testable import Regularization

@Suite("Optimizer.minimize")
struct OptimizerMinimizeTests {
  @Test("it is the step loop written by hand, observing θ₀ … θ_steps")
  func sameAsLoop() throws {
    var looped = try SGD(learningRate: 0.1, momentum: 0.5, weightDecays: [0.1, 0])
    var minimizing = looped
    let gradients = { (g: [[Double]]) in [g[0].map { 2 * $0 - 1 }, [g[1][0] + 3]] }
    var theta = [[1.0, -1.0], [2.0]]
    for _ in 0..<7 { looped.step(&theta, gradients: gradients(theta)) }
    var seen: [Int] = []
    let end = minimizing.minimize(from: [[1.0, -1.0], [2.0]], steps: 7, gradients: gradients) {
      t, _ in seen.append(t)
    }
    #expect(end == theta)
    #expect(seen == Array(0...7))
  }

  @Test("zero steps returns the start")
  func noSteps() throws {
    var optimizer = try Adam(learningRate: 0.1)
    #expect(optimizer.minimize(from: [[3.0]], steps: 0) { $0 } == [[3.0]])
  }
}
