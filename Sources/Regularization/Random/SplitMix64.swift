/// SplitMix64, a tiny 64-bit generator with a 64-bit state.
///
///     x ← x + 0x9e3779b97f4a7c15
///     z ← (x ⊕ (x ≫ 30)) · 0xbf58476d1ce4e5b9
///     z ← (z ⊕ (z ≫ 27)) · 0x94d049bb133111eb
///     output z ⊕ (z ≫ 31)        (all arithmetic modulo 2⁶⁴)
///
/// Every seed is valid, and consecutive outputs are well mixed even from seeds like 0 and 1,
/// which is why it is the recommended way to fill the larger state of `Xoshiro256StarStar`.
/// Its period is only 2⁶⁴; prefer `Xoshiro256StarStar` for long simulations.
///
/// References: S. Vigna, `splitmix64.c` (2015), https://prng.di.unimi.it/splitmix64.c;
/// G. L. Steele, D. Lea and C. H. Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014.
public struct SplitMix64: SeededGenerator, Equatable, Sendable {
  /// The whole state: a Weyl sequence advanced by the golden-ratio constant.
  public private(set) var state: UInt64

  /// A generator whose state is `seed` (any value is allowed).
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64-bit output.
  public mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z &>> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z &>> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z &>> 31)
  }
}
