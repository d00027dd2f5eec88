import Testing

@testable import Regularization

@Suite("Matrix") struct MatrixTests {
  let a = try! Matrix(rowArrays: [[1, 2, 3], [4, 5, 6]])

  @Test("row-major storage: element (i, j) is elements[i·columns + j]") func storage() {
    #expect(a.elements == [1, 2, 3, 4, 5, 6])
    #expect(a[1, 0] == 4)
    #expect(a.row(1) == [4, 5, 6])
    #expect(a.column(2) == [3, 6])
  }

  @Test("the transpose swaps rows and columns, and twice is the identity") func transpose() {
    let t = a.transposed()
    #expect(t.rows == 3 && t.columns == 2)
    #expect(t.row(0) == [1, 4])
    #expect(t.transposed() == a)
  }

  @Test("selecting rows keeps their order") func selecting() {
    #expect(a.selectingRows([1, 0, 1]).elements == [4, 5, 6, 1, 2, 3, 4, 5, 6])
  }

  @Test("identity has ones on the diagonal only") func identity() {
    #expect(Matrix.identity(2).elements == [1, 0, 0, 1])
  }

  @Test("ragged rows and wrong element counts are rejected with their sizes") func rejects() {
    #expect(
      throws: RegularizationError.dimensionMismatch(what: "length of row 1", expected: 2, actual: 1)
    ) {
      try Matrix(rowArrays: [[1, 2], [3]])
    }
    #expect(
      throws: RegularizationError.dimensionMismatch(what: "matrix elements", expected: 4, actual: 3)
    ) {
      try Matrix(rows: 2, columns: 2, elements: [1, 2, 3])
    }
  }
}
