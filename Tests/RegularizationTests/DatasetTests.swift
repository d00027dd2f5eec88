import Testing

@testable import Regularization

@Suite("Dataset") struct DatasetTests {
  @Test("targets must match the number of rows") func sizes() throws {
    let x = try Matrix(rowArrays: [[1], [2]])
    #expect(
      throws: RegularizationError.dimensionMismatch(
        what: "number of targets", expected: 2, actual: 3)
    ) {
      try Dataset(features: x, targets: [1, 2, 3])
    }
    let data = try Dataset(features: x, targets: [10, 20])
    #expect(data.sampleCount == 2 && data.featureCount == 1)
    #expect(data.selecting([1]).targets == [20])
    #expect(data.selecting([1]).features.elements == [2])
  }
}
