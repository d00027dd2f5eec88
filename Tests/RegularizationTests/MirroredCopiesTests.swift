import Testing

@testable import Regularization

@Suite("Mirrored copies (x → −x augmentation)")
struct MirroredCopiesTests {
  @Test("the data set followed by −X with the same targets")
  func mirrored() throws {
    let data = try Dataset(features: Matrix(rowArrays: [[1, -2], [0.5, 3]]), targets: [7, 8])
    let doubled = mirroredCopies(of: data)
    #expect(
      doubled.features == (try Matrix(rowArrays: [[1, -2], [0.5, 3], [-1, 2], [-0.5, -3]])))
    #expect(doubled.targets == [7, 8, 7, 8])
  }
}
