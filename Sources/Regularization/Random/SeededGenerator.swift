/// A random number generator that is built from a 64-bit seed and replays the same stream
/// for the same seed, on every platform and Swift version.
///
/// Conforming types supply `init(seed:)` and `next()`; the draws used by the lessons
/// (`uniform()`, `normal()`, `integer(below:)`, `shuffle(_:)`, …) are written here on top
/// of `next()`, rather than taken from the standard library, because the algorithms behind
/// `Double.random(in:using:)` and `shuffle(using:)` are not promised to stay the same
/// across Swift releases, and a lesson run must give the same numbers every time.
public protocol SeededGenerator: RandomNumberGenerator {
  /// A generator whose whole state is determined by `seed`.
  init(seed: UInt64)
}

extension SeededGenerator {
  /// A uniform draw from `[0, 1)`: the top 53 bits of `next()` scaled by 2⁻⁵³.
  ///
  ///     u = (next() ≫ 11) · 2⁻⁵³
  ///
  /// Each of the 2⁵³ values `k · 2⁻⁵³`, `0 ≤ k < 2⁵³`, is equally likely; 0 can occur and
  /// 1 cannot. The conversion is exact, since every such `k` is representable in `Double`.
  public mutating func uniform() -> Double {
    Double(next() &>> 11) * 0x1p-53
  }

  /// A uniform draw from `[lower, upper)`: `lower + (upper − lower) · u` with `u = uniform()`.
  ///
  /// When rounding would return `upper` itself (possible only for ranges a few ulps wide),
  /// the largest value below `upper` is returned instead, so the draw stays in the range.
  public mutating func uniform(in range: Range<Double>) -> Double {
    precondition(
      range.lowerBound.isFinite && range.upperBound.isFinite,
      "uniform(in:) needs finite bounds, got \(range)")
    let value = range.lowerBound + (range.upperBound - range.lowerBound) * uniform()
    return value < range.upperBound ? value : range.upperBound.nextDown
  }

  /// `count` independent draws of `uniform()`, in order.
  public mutating func uniforms(count: Int) -> [Double] {
    precondition(count >= 0, "count must be >= 0, got \(count)")
    var values = [Double](repeating: 0, count: count)
    for i in 0..<count { values[i] = uniform() }
    return values
  }

  /// A Bernoulli draw: `true` with probability `probability` (`uniform() < probability`).
  public mutating func bernoulli(probability: Double) -> Bool {
    uniform() < probability
  }
}
