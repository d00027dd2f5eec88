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

  @Test("α_max from a prepared design is α_max from the raw data", arguments: [1.0, 0.3])
  func alphaMaxFromDesign(l1Ratio: Double) throws {
    let fixture = SklearnFixture.load("correlated")
    let design = try CenteredDesign(
      features: fixture.matrix, targets: fixture.targets, fitIntercept: true)
    let raw = try AlphaGrid.alphaMax(
      features: fixture.matrix, targets: fixture.targets, l1Ratio: l1Ratio)
    #expect(AlphaGrid.alphaMax(for: design, l1Ratio: l1Ratio) == raw)
  }

  @Test(
    "the one-column bound is α_max when the largest column leads, and below it otherwise",
    arguments: [true, false])
  func lowerBoundFromOneColumn(largestLeads: Bool) throws {
    // Column 0 has the largest norm; y follows column 0 or column 1.
    let rows: [[Double]] = [[3, 1, 0.5], [-3, 0, 0.25], [0, -1, -0.75], [1.5, 0.5, 0]]
    let y = rows.map { largestLeads ? $0[0] : $0[1] - 0.2 * $0[0] }
    let design = try CenteredDesign(
      features: Matrix(rowArrays: rows), targets: y, fitIntercept: true)
    let bound = AlphaGrid.alphaMaxLowerBound(for: design, l1Ratio: 0.5)
    let top = AlphaGrid.alphaMax(for: design, l1Ratio: 0.5)
    #expect(bound > 0)
    #expect(largestLeads ? bound == top : bound < top)
  }
}
