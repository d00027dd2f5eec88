import Testing

@testable import Regularization

@Suite("Noisy copies (input-noise augmentation)")
struct NoisyCopiesTests {
  @Test("K copies: targets repeated, inputs moved by N(0, σ²) copy by copy")
  func copies() throws {
    let data = try Dataset(features: Matrix(rowArrays: [[1, 2], [3, 4]]), targets: [5, 6])
    var generator = Xoshiro256StarStar(seed: 1)
    let copies = try noisyCopies(of: data, copies: 3, noise: 0.5, using: &generator)
    #expect(copies.sampleCount == 6)
    #expect(copies.targets == [5, 6, 5, 6, 5, 6])
    var replay = Xoshiro256StarStar(seed: 1)
    for k in 0..<3 {
      for e in 0..<4 {
        let expected = data.features.elements[e] + 0.5 * replay.normal()
        #expect(copies.features.elements[4 * k + e] == expected)
      }
    }
    let clean = try noisyCopies(of: data, copies: 2, noise: 0, using: &generator)
    #expect(clean.features.elements == data.features.elements + data.features.elements)
  }

  @Test("K < 1 and a negative noise are refused")
  func badInput() throws {
    let data = try Dataset(features: Matrix(rowArrays: [[1]]), targets: [1])
    var generator = Xoshiro256StarStar(seed: 2)
    #expect(throws: RegularizationError.self) {
      try noisyCopies(of: data, copies: 0, noise: 1, using: &generator)
    }
    #expect(throws: RegularizationError.self) {
      try noisyCopies(of: data, copies: 1, noise: -1, using: &generator)
    }
  }
}
