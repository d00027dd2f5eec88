import Testing

@testable import Regularization

@Suite("Optimizer hyper-parameter checks")
struct OptimizerCheckTests {
  @Test("accepts the boundary values PyTorch accepts")
  func accepts() throws {
    try OptimizerCheck.nonNegative(0, name: "momentum")
    try OptimizerCheck.beta(0, name: "betas.0")
    try OptimizerCheck.weightDecays([0, 0.5])
  }

  @Test("names the bad value: β = 1, a NaN decay, no group at all")
  func rejects() {
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "betas.0", value: 1, requirement: "in [0, 1)")
    ) { try OptimizerCheck.beta(1, name: "betas.0") }
    #expect(throws: RegularizationError.self) { try OptimizerCheck.weightDecays([0.1, .nan]) }
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "weightDecays.count", value: 0, requirement: "at least 1 (one entry per group)")
    ) { try OptimizerCheck.weightDecays([]) }
  }
}
