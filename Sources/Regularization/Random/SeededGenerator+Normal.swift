import Foundation

extension SeededGenerator {
  /// A standard normal draw, N(0, 1), by the Box–Muller transform (cosine branch).
  ///
  ///     z = √(−2 ln u₁) · cos(2π u₂),   u₁ = 1 − uniform() ∈ (0, 1],  u₂ = uniform()
  ///
  /// Every call consumes exactly two outputs of `next()`. The sine partner
  /// `√(−2 ln u₁) · sin(2π u₂)`, an independent normal, is discarded on purpose: caching it
  /// would give the generator hidden state, and then a draw's value would depend on
  /// whether an odd or even number of normals came before it. Taking `1 − uniform()` keeps
  /// `ln u₁` finite, so `|z| ≤ √(2·53·ln 2) ≈ 8.57`.
  ///
  /// The result is deterministic for a seed; across platforms it can differ in the last bit
  /// only if the C library's `log` or `cos` does.
  ///
  /// Reference: G. E. P. Box and M. E. Muller, "A note on the generation of random normal
  /// deviates", Annals of Mathematical Statistics 29(2), 1958.
  public mutating func normal() -> Double {
    let u1 = 1 - uniform()
    let u2 = uniform()
    return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
  }

  /// A normal draw with the given mean and standard deviation: `mean + standardDeviation · z`.
  public mutating func normal(mean: Double, standardDeviation: Double) -> Double {
    mean + standardDeviation * normal()
  }

  /// `count` independent standard normal draws, in order.
  public mutating func normals(count: Int) -> [Double] {
    precondition(count >= 0, "count must be >= 0, got \(count)")
    var values = [Double](repeating: 0, count: count)
    for i in 0..<count { values[i] = normal() }
    return values
  }
}
