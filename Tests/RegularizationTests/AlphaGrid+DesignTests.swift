import Testing

@testable import Regularization

@Suite("Alpha grids on prepared data") struct AlphaGridDesignTests {
  @Test("the grid on a prepared design is the grid on the raw data", arguments: [1.0, 0.3])
  func sameAsFromRawData(l1Ratio: Double) throws {
    let fixture = SklearnFixture.load("informative")
    let design = try CenteredDesign(
      features: fixture.matrix, targets: fixture.targets, fitIntercept: true)
    let prepared = try AlphaGrid.alphas(for: design, l1Ratio: l1Ratio, count: 30, eps: 1e-2)
    let raw = try AlphaGrid.alphas(
      features: fixture.matrix, targets: fixture.targets, l1Ratio: l1Ratio, count: 30, eps: 1e-2)
    #expect(prepared == raw)
  }

  @Test("bad ρ, count or eps are rejected")
  func badParametersThrow() throws {
    let fixture = SklearnFixture.load("informative")
    let design = try CenteredDesign(
      features: fixture.matrix, targets: fixture.targets, fitIntercept: true)
    #expect(throws: RegularizationError.self) { try AlphaGrid.alphas(for: design, l1Ratio: 0) }
    #expect(throws: RegularizationError.self) { try AlphaGrid.alphas(for: design, count: 0) }
    #expect(throws: RegularizationError.self) { try AlphaGrid.alphas(for: design, eps: 2) }
  }
}
