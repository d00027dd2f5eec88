import Testing

@testable import Regularization

@Suite("A recipe run") struct RecipeRunTests {
  let run = RecipeRun(weights: [0], bias: 0, objectives: [4, 3, 2.002, 2.0015, 2])

  @Test("the first step within a relative gap of the optimum, counted from 1")
  func firstStep() {
    #expect(run.firstStep(within: 1e-3, of: 2) == 3)
    #expect(run.firstStep(within: 0, of: 2) == 5)
    #expect(run.firstStep(within: 0, of: 1) == nil)
  }
}
