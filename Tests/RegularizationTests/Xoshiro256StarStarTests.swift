import Testing

@testable import Regularization

// The expected values below come from the authors' reference code, compiled with
// `gcc -O2 ref.c && ./ref` (run once; no binary is kept):
//
//   #include <stdint.h>
//   #include <stdio.h>
//   static uint64_t x; /* splitmix64.c, https://prng.di.unimi.it/splitmix64.c */
//   uint64_t splitmix64_next(void) {
//     uint64_t z = (x += 0x9e3779b97f4a7c15);
//     z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
//     z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
//     return z ^ (z >> 31);
//   }
//   /* xoshiro256starstar.c, https://prng.di.unimi.it/xoshiro256starstar.c */
//   static inline uint64_t rotl(const uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
//   static uint64_t s[4];
//   uint64_t next(void) {
//     const uint64_t result = rotl(s[1] * 5, 7) * 9;
//     const uint64_t t = s[1] << 17;
//     s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
//     s[2] ^= t;
//     s[3] = rotl(s[3], 45);
//     return result;
//   }
//   int main(void) {
//     uint64_t seeds[2] = {0, 1234567};
//     for (int k = 0; k < 2; k++) {  /* splitmix64: 5 outputs per seed */
//       x = seeds[k];
//       for (int i = 0; i < 5; i++) printf(" %llu", (unsigned long long)splitmix64_next());
//       printf("\n");
//     }
//     s[0] = 1; s[1] = 2; s[2] = 3; s[3] = 4;  /* raw state */
//     for (int i = 0; i < 6; i++) printf(" %llu", (unsigned long long)next());
//     printf("\n");
//     for (int k = 0; k < 2; k++) {  /* seeded by splitmix64, as the authors advise */
//       x = seeds[k];
//       for (int i = 0; i < 4; i++) s[i] = splitmix64_next();
//       for (int i = 0; i < 6; i++) printf(" %llu", (unsigned long long)next());
//       printf("\n");
//     }
//     return 0;
//   }

@Suite("xoshiro256**")
struct Xoshiro256StarStarTests {
  @Test("reproduces the reference C code from the raw state {1, 2, 3, 4}")
  func referenceRawState() throws {
    var rng = try Xoshiro256StarStar(state: (1, 2, 3, 4))
    let expected: [UInt64] = [
      11520, 0, 1_509_978_240, 1_215_971_899_390_074_240, 1_216_172_134_540_287_360,
      607_988_272_756_665_600,
    ]
    #expect((0..<6).map { _ in rng.next() } == expected)
  }

  @Test(
    "reproduces the reference C code when seeded by SplitMix64",
    arguments: [
      (
        UInt64(0),
        [
          11_091_344_671_253_066_420, 13_793_997_310_169_335_082, 1_900_383_378_846_508_768,
          7_684_712_102_626_143_532, 13_521_403_990_117_723_737, 18_442_103_541_295_991_498,
        ] as [UInt64]
      ),
      (
        UInt64(1_234_567),
        [
          3_504_822_795_582_309_479, 1_819_558_768_956_484_042, 1_250_851_346_055_027_673,
          16_940_231_675_099_994_102, 11_585_879_347_611_423_030, 8_134_400_763_355_999_650,
        ] as [UInt64]
      ),
    ])
  func referenceSeeded(seed: UInt64, expected: [UInt64]) {
    var rng = Xoshiro256StarStar(seed: seed)
    #expect((0..<6).map { _ in rng.next() } == expected)
  }

  @Test("the seeded state is the first four SplitMix64 outputs of the seed")
  func seedingUsesSplitMix64() {
    var seeder = SplitMix64(seed: 99)
    let words = (seeder.next(), seeder.next(), seeder.next(), seeder.next())
    #expect(Xoshiro256StarStar(seed: 99).state == words)
  }

  @Test("rejects the all-zero state, from which it would output zeros forever")
  func rejectsZeroState() {
    #expect(
      throws: RegularizationError.invalidParameter(
        name: "xoshiro256** state", value: 0, requirement: "not all zero")
    ) { try Xoshiro256StarStar(state: (0, 0, 0, 0)) }
  }

  @Test("the same seed replays the same stream, and a copy continues it identically")
  func determinism() {
    var a = Xoshiro256StarStar(seed: 7)
    var b = Xoshiro256StarStar(seed: 7)
    #expect((0..<1000).map { _ in a.next() } == (0..<1000).map { _ in b.next() })
    var copy = a
    #expect((0..<10).map { _ in copy.next() } == (0..<10).map { _ in a.next() })
    #expect(copy == a)
  }
}
