import Foundation
import Testing

@testable import Regularization

@Suite("Two moons (make_moons)")
struct TwoMoonsTests {
  @Test("without noise every point lies on its half circle, ⌊n/2⌋ in class 0")
  func noiseless() throws {
    var generator = Xoshiro256StarStar(seed: 1)
    let data = try makeMoons(samples: 51, noise: 0, using: &generator)
    #expect(data.sampleCount == 51)
    #expect(data.targets.filter { $0 == 0 }.count == 25)
    for i in 0..<51 {
      let (x, y) = (data.features[i, 0], data.features[i, 1])
      // outer: (cos θ, sin θ); inner: (1 − cos θ, ½ − sin θ)
      let radius = data.targets[i] == 0 ? hypot(x, y) : hypot(x - 1, y - 0.5)
      #expect(abs(radius - 1) <= 1e-15)
      #expect(data.targets[i] == 0 ? y >= -1e-15 : y <= 0.5 + 1e-15)
    }
  }

  @Test("noise σ adds N(0, σ²): the mean squared distance to the circle is about σ²")
  func noisy() throws {
    var generator = Xoshiro256StarStar(seed: 2)
    let data = try makeMoons(samples: 4000, noise: 0.1, using: &generator)
    var squares = 0.0
    for i in 0..<4000 {
      let (x, y) = (data.features[i, 0], data.features[i, 1])
      let r = data.targets[i] == 0 ? hypot(x, y) : hypot(x - 1, y - 0.5)
      squares += (r - 1) * (r - 1) / 4000
    }
    // Radial error ≈ the noise's radial component, variance σ² = 0.01 (± a few percent).
    #expect(abs(squares - 0.01) < 0.002)
  }

  @Test("fewer than 2 samples and negative noise are refused")
  func badInput() {
    var generator = Xoshiro256StarStar(seed: 3)
    #expect(throws: RegularizationError.tooFewSamples(actual: 1, minimum: 2)) {
      try makeMoons(samples: 1, noise: 0, using: &generator)
    }
    #expect(throws: RegularizationError.self) {
      try makeMoons(samples: 10, noise: -1, using: &generator)
    }
  }
}
