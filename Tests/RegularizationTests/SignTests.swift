import Testing

@testable import Regularization

@Suite("sign")
struct SignTests {
  @Test(
    "is 1, −1 or 0, with sign(±0) = 0 as torch.sign",
    arguments: [
      (2.5, 1.0), (-1e-300, -1), (0, 0), (-0.0, 0), (.infinity, 1), (-.infinity, -1),
    ])
  func values(x: Double, expected: Double) {
    #expect(sign(x) == expected)
  }

  @Test("keeps NaN")
  func nan() {
    #expect(sign(.nan).isNaN)
  }
}
