import Testing

@testable import Regularization

@Suite("nn.Linear's initialization") struct LinearLayerInitializationTests {
  @Test("every weight and the bias lie in [−1/√p, 1/√p) and spread over it")
  func bounds() {
    var rng = Xoshiro256StarStar(seed: 2)
    let (w, b) = linearLayerInitialization(features: 400, using: &rng)
    let bound = 1 / 20.0
    #expect(w.count == 400)
    #expect((w + [b]).allSatisfy { $0 >= -bound && $0 < bound })
    // 400 uniform draws: the extremes come within 2% of the ends (miss chance ~e^-8).
    #expect(w.max()! > 0.96 * bound && w.min()! < -0.96 * bound)
  }
}
