import Testing

@testable import Regularization

@Suite("Matrix products") struct MatrixProductsTests {
  let a = try! Matrix(rowArrays: [[1, 2, 3], [4, 5, 6]])

  @Test("A·v and Aᵀ·v agree with hand computation") func matrixVector() {
    #expect(a.multiplied(by: [1, 0, -1]) == [-2, -2])
    #expect(a.transposeMultiplied(by: [1, -1]) == [-3, -3, -3])
  }

  @Test("Aᵀ·v equals the explicit transpose times v") func transposeProduct() {
    let v = [0.5, -2.0]
    #expect(a.transposeMultiplied(by: v) == a.transposed().multiplied(by: v))
  }

  @Test("A·B agrees with hand computation") func matrixMatrix() throws {
    let b = try Matrix(rowArrays: [[1, 0], [0, 1], [1, 1]])
    #expect(a.multiplied(by: b).elements == [4, 5, 10, 11])
  }

  @Test("the Gram matrix is AᵀA and symmetric") func gram() {
    let g = a.gram()
    #expect(g == a.transposed().multiplied(by: a))
    #expect(g[0, 2] == g[2, 0])
  }
}
