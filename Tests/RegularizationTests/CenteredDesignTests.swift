import Testing

@testable import Regularization

@Suite("Centered design") struct CenteredDesignTests {
  private static let x = try! Matrix(rowArrays: [[1, 10], [2, 20], [4, 15], [9, 5]])
  private static let y = [3.0, 1, 4, 8]

  @Test("with an intercept, every column and the targets have mean 0")
  func centered() throws {
    let design = try CenteredDesign(features: Self.x, targets: Self.y, fitIntercept: true)
    for j in 0..<2 {
      let columnMean = design.columnMajor[(j * 4)..<(j * 4 + 4)].reduce(0, +) / 4
      #expect(columnMean == 0)  // means 4 and 12.5: every centered entry is exact
    }
    #expect(design.targets.reduce(0, +) == 0)
    #expect(design.featureMeans == [4, 12.5])
    #expect(design.targetMean == 4)
  }

  @Test("without an intercept the data are stored unchanged, column by column")
  func uncentered() throws {
    let design = try CenteredDesign(features: Self.x, targets: Self.y, fitIntercept: false)
    #expect(design.columnMajor == Self.x.transposed().elements)
    #expect(design.targets == Self.y)
    #expect(design.featureMeans == [0, 0])
    #expect(design.targetMean == 0)
  }

  @Test("residual, correlations and column norms equal y_c − X_c·w, X_cᵀv and ‖x_j‖²")
  func products() throws {
    let design = try CenteredDesign(features: Self.x, targets: Self.y, fitIntercept: true)
    let (xc, yc) = centeredRows((0..<4).map { Self.x.row($0) }, Self.y)
    let w = [0.5, -0.25]
    let v = [1.0, -2, 0.5, 3]
    // Small integers and quarters: all of these are exact.
    #expect(design.residual(of: w) == residualOf(xc, yc, w))
    #expect(
      design.correlations(with: v) == [plainDot(column(xc, 0), v), plainDot(column(xc, 1), v)])
    #expect(
      design.columnSquaredNorms == [
        plainDot(column(xc, 0), column(xc, 0)), plainDot(column(xc, 1), column(xc, 1)),
      ])
  }

  @Test("the intercept for w is ȳ − x̄ᵀw")
  func intercept() throws {
    let design = try CenteredDesign(features: Self.x, targets: Self.y, fitIntercept: true)
    #expect(design.intercept(for: [0.5, -0.25]) == 4 - (4 * 0.5 - 12.5 * 0.25))
  }

  @Test("rejects mismatched sizes, too few samples and non-finite values")
  func rejectsBadData() throws {
    #expect(
      throws: RegularizationError.dimensionMismatch(
        what: "number of targets (one per row of features)", expected: 4, actual: 3)
    ) {
      try CenteredDesign(features: Self.x, targets: [1, 2, 3], fitIntercept: true)
    }
    #expect(throws: RegularizationError.tooFewSamples(actual: 1, minimum: 2)) {
      try CenteredDesign(features: Matrix(rowArrays: [[1, 2]]), targets: [1], fitIntercept: true)
    }
    #expect(throws: RegularizationError.nonFinite(what: "features")) {
      try CenteredDesign(
        features: Matrix(rowArrays: [[1, 2], [.infinity, 1]]), targets: [1, 2], fitIntercept: true)
    }
    #expect(throws: RegularizationError.nonFinite(what: "targets")) {
      try CenteredDesign(features: Self.x, targets: [1, 2, .nan, 4], fitIntercept: false)
    }
  }
}
