/// The exact decimal text of `m · 2^e`, by schoolbook arithmetic on base-10⁹ limbs, for
/// the halfway cases: the midpoint of two neighbouring doubles is `(2m + 1) · 2^(e − 1)`,
/// whose decimal expansion is finite but has up to ~770 significant digits.
///
///     m · 2^e = m · 2^e                    (e ≥ 0, an integer)
///     m · 2^e = (m · 5^−e) · 10^e          (e < 0)
///
/// Returns `"<digits>"` or `"<digits>e-<k>"`.
func exactDecimal(_ m: UInt64, timesTwoToThe e: Int) -> String {
  var limbs: [UInt64] = [
    m % 1_000_000_000, m / 1_000_000_000 % 1_000_000_000,
    m / 1_000_000_000_000_000_000,
  ]
  var remaining = abs(e)
  while remaining > 0 {
    let step = min(remaining, e < 0 ? 13 : 30)  // 5¹³ and 2³⁰ are below 2³¹
    var factor: UInt64 = 1
    for _ in 0..<step { factor *= e < 0 ? 5 : 2 }
    var carry: UInt64 = 0
    for index in limbs.indices {
      let product = limbs[index] * factor + carry
      limbs[index] = product % 1_000_000_000
      carry = product / 1_000_000_000
    }
    while carry > 0 {
      limbs.append(carry % 1_000_000_000)
      carry /= 1_000_000_000
    }
    remaining -= step
  }
  while limbs.count > 1 && limbs[limbs.count - 1] == 0 { limbs.removeLast() }
  var text = String(limbs[limbs.count - 1])
  for limb in limbs.dropLast().reversed() {
    let part = String(limb)
    text += String(repeating: "0", count: 9 - part.count) + part
  }
  return e < 0 ? text + "e-\(-e)" : text
}

/// The exact midpoint between positive finite `x` and `x.nextUp`, in decimal.
func exactMidpoint(above x: Double) -> String {
  // x = m · 2^(E − 52) with m the 53-bit significand (subnormals: E = −1022, no hidden 1).
  let fraction = x.bitPattern & (1 << 52 - 1)
  let biased = Int(x.bitPattern >> 52 & 0x7FF)
  let m = biased == 0 ? fraction : fraction | 1 << 52
  let e = (biased == 0 ? 1 : biased) - 1075
  return exactDecimal(2 * m + 1, timesTwoToThe: e - 1)
}
