/// xoshiro256**, the all-purpose 64-bit generator of Blackman and Vigna: 256 bits of
/// state, period 2²⁵⁶ − 1, and no known failure of the standard statistical test batteries.
///
///     output = rotl(s₁ · 5, 7) · 9
///     t = s₁ ≪ 17
///     s₂ ⊕= s₀;  s₃ ⊕= s₁;  s₁ ⊕= s₂;  s₀ ⊕= s₃;  s₂ ⊕= t;  s₃ = rotl(s₃, 45)
///
/// Seeding follows the authors' advice: the four state words are four consecutive outputs
/// of `SplitMix64(seed:)`. SplitMix64 is a bijection of its state, so four consecutive
/// outputs cannot all be zero, and the forbidden all-zero state never occurs.
///
/// References: D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators",
/// ACM Transactions on Mathematical Software 47(4), 2021 (preprint 2018, arXiv:1805.01407);
/// reference code https://prng.di.unimi.it/xoshiro256starstar.c.
public struct Xoshiro256StarStar: SeededGenerator, Equatable, Sendable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// A generator whose state is filled by `SplitMix64(seed: seed)`.
  public init(seed: UInt64) {
    var seeder = SplitMix64(seed: seed)
    s0 = seeder.next()
    s1 = seeder.next()
    s2 = seeder.next()
    s3 = seeder.next()
  }

  /// A generator with the given raw state words, which must not all be zero; used to
  /// compare with the reference C code, which starts from an explicit `s[4]`.
  public init(
    state: (UInt64, UInt64, UInt64, UInt64)
  ) throws(RegularizationError) {
    guard state != (0, 0, 0, 0) else {
      throw .invalidParameter(
        name: "xoshiro256** state", value: 0, requirement: "not all zero")
    }
    (s0, s1, s2, s3) = state
  }

  /// The four state words `(s₀, s₁, s₂, s₃)`.
  public var state: (UInt64, UInt64, UInt64, UInt64) { (s0, s1, s2, s3) }

  /// The next 64-bit output.
  public mutating func next() -> UInt64 {
    let result = Self.rotateLeft(s1 &* 5, by: 7) &* 9
    let t = s1 &<< 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = Self.rotateLeft(s3, by: 45)
    return result
  }

  @inline(__always)
  private static func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
    (x &<< k) | (x &>> (64 &- k))
  }
}
