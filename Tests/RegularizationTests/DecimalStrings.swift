import Regularization

/// Seeded decimal strings for checking `DecimalParser` against `Double(String)`.
struct DecimalStrings {
  var rng: Xoshiro256StarStar

  init(seed: UInt64) { rng = Xoshiro256StarStar(seed: seed) }

  /// `count` random digits, the first one not 0 unless `count == 1` (19 from each draw:
  /// one draw per digit is slow in a debug build).
  mutating func digits(_ count: Int) -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      var draw: UInt64 = 0
      for index in 0..<count {
        if index % 19 == 0 { draw = rng.next() }
        buffer[index] = UInt8(ascii: "0") + UInt8(draw % 10)
        draw /= 10
      }
      if count > 1 && buffer[0] == UInt8(ascii: "0") { buffer[0] = UInt8(ascii: "1") }
      initialized = count
    }
  }

  /// `digits` written as a decimal with value digits · 10^exponent, in a random one of the
  /// forms the grammar allows: a sign or not, a point anywhere (`.5`, `5.`), leading
  /// zeros, and an exponent with `e` or `E`, a sign or not, and leading zeros.
  ///
  /// Written into a byte buffer, because array and string operations are slow in debug
  /// builds, and the tests make a million of these.
  mutating func written(_ digits: [UInt8], exponent: Int) -> String {
    String(unsafeUninitializedCapacity: digits.count + 48) { text in
      var count = 0
      func put(_ byte: UInt8) {
        text[count] = byte
        count += 1
      }
      switch rng.integer(below: 4) {
      case 0: put(UInt8(ascii: "-"))
      case 1: put(UInt8(ascii: "+"))
      default: break
      }
      if rng.integer(below: 8) == 0 {
        for _ in 0...rng.integer(below: 25) { put(UInt8(ascii: "0")) }
      }
      // The point sits after `split` digits; the written exponent makes up the rest.
      let split =
        rng.integer(below: 3) == 0 ? digits.count : rng.integer(below: digits.count + 1)
      let hasPoint = split < digits.count || rng.integer(below: 2) == 0
      for index in 0..<digits.count {
        if index == split && hasPoint { put(UInt8(ascii: ".")) }
        put(digits[index])
      }
      if split == digits.count && hasPoint { put(UInt8(ascii: ".")) }
      let written = exponent + (digits.count - split)
      if written != 0 || rng.integer(below: 4) == 0 {
        put(UInt8(ascii: rng.integer(below: 2) == 0 ? "e" : "E"))
        if written < 0 {
          put(UInt8(ascii: "-"))
        } else if rng.integer(below: 2) == 0 {
          put(UInt8(ascii: "+"))
        }
        if rng.integer(below: 8) == 0 {
          for _ in 0...rng.integer(below: 3) { put(UInt8(ascii: "0")) }
        }
        var magnitude = abs(written)
        var power = 1
        while power * 10 <= magnitude { power *= 10 }
        while power > 0 {
          put(UInt8(ascii: "0") + UInt8(magnitude / power))
          magnitude %= power
          power /= 10
        }
      }
      return count
    }
  }

  /// A random decimal with `count` significant digits and a power of ten in `exponents`.
  mutating func decimal(digits count: Int, exponents: ClosedRange<Int>) -> String {
    let exponent = exponents.lowerBound + rng.integer(below: exponents.count)
    return written(digits(count), exponent: exponent)
  }

  /// A uniformly random finite double (uniform over bit patterns, so over every binade).
  mutating func anyFiniteDouble() -> Double {
    while true {
      let value = Double(bitPattern: rng.next())
      if value.isFinite { return value }
    }
  }

  /// The shortest round-trip text of a double (`"\(x)"`), e.g. `1e-05`, `-0.0`, `5e-324`.
  mutating func shortest() -> String {
    switch rng.integer(below: 3) {
    case 0: "\(anyFiniteDouble())"
    case 1: "\(rng.normal())"
    default: "\(rng.normal() * 1e6)"
    }
  }

  /// Text that is mostly not a number: random bytes from a number-like alphabet.
  mutating func garbage() -> String {
    let alphabet = Array("0123456789012345.eE+-x _in".utf8)
    let count = 1 + rng.integer(below: 8)
    return String(
      decoding: (0..<count).map { _ in alphabet[rng.integer(below: alphabet.count)] },
      as: UTF8.self)
  }
}
