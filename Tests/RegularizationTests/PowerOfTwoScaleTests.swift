import Testing

@testable import Regularization

@Suite("Power-of-two scale")
struct PowerOfTwoScaleTests {
  @Test(
    "brings a magnitude into [1, 2) exactly",
    arguments: [1.0, 3.5, 1e-300, 1e160, 1e300, 0.75])
  func normalizes(magnitude: Double) {
    let scale = powerOfTwoScale(toNormalize: magnitude)
    let scaled = magnitude * scale
    #expect(scaled >= 1 && scaled < 2)
    // Exact: scaling back returns the very same number.
    #expect(scaled / scale == magnitude)
  }

  @Test("beyond 2^±1000 the factor stops at 2^∓1000, still exact")
  func clamped() {
    #expect(powerOfTwoScale(toNormalize: 1e308) == 0x1p-1000)
    #expect(1e308 * 0x1p-1000 / 0x1p-1000 == 1e308)
    #expect(powerOfTwoScale(toNormalize: 2.2250738585072014e-308) == 0x1p1000)
  }

  @Test("0, NaN and infinity leave the data alone; subnormals get the largest factor")
  func edges() {
    #expect(powerOfTwoScale(toNormalize: 0) == 1)
    #expect(powerOfTwoScale(toNormalize: .nan) == 1)
    #expect(powerOfTwoScale(toNormalize: .infinity) == 1)
    #expect(powerOfTwoScale(toNormalize: 5e-324) == 0x1p1000)
    #expect(powerOfTwoScale(toNormalize: -8) == 0.125)
  }
}
