import Testing

@testable import Regularization

@Suite("Proximal gradient runs") struct ProximalGradientRunTests {
  @Test("coefficients, iterations and gaps read the recorded run")
  func accessors() {
    let run = ProximalGradientRun(
      method: .ista, iterates: [[0, 0], [1, 0], [1.5, 0]], objectives: [3, 2, 1.25],
      stepSize: 0.5, intercept: 4)
    #expect(run.coefficients == [1.5, 0])
    #expect(run.iterations == 2)
    #expect(run.gaps(optimum: 1) == [2, 1, 0.25])
  }
}
