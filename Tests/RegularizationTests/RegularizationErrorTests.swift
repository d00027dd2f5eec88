import Testing

@testable import Regularization

@Suite("Error messages") struct RegularizationErrorTests {
  @Test("messages name the bad value; counts print as whole numbers") func messages() {
    #expect(
      RegularizationError.negativePenalty(-1).description
        == "the penalty weight must be >= 0, got -1.0")
    #expect(
      RegularizationError.invalidParameter(name: "maxIterations", value: 0, requirement: ">= 1")
        .description == "maxIterations must be >= 1, got 0")
    #expect(
      RegularizationError.invalidParameter(name: "l1Ratio", value: 1.5, requirement: "in [0, 1]")
        .description == "l1Ratio must be in [0, 1], got 1.5")
  }
}
