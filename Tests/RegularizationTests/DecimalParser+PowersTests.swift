import Testing

@testable import Regularization

/// The table's entry for 5^q as (high, low).
private func entry(_ q: Int) -> (high: UInt64, low: UInt64) {
  let index = 2 * (q - DecimalParser.smallestPowerOfTen)
  return (DecimalParser.powersOfFive[index], DecimalParser.powersOfFive[index + 1])
}

@Suite("Decimal parser · the table of 128-bit powers of five") struct DecimalParserPowersTests {
  @Test("has one normalized entry (top bit set) for each q in −342 … 308")
  func shape() {
    #expect(DecimalParser.powersOfFive.count == 2 * (308 + 342 + 1))
    for q in DecimalParser.smallestPowerOfTen...DecimalParser.largestPowerOfTen {
      #expect(entry(q).high >> 63 == 1, "5^\(q)")
    }
  }

  @Test("holds 5^q exactly, shifted to 128 bits, for 0 ≤ q ≤ 55")
  func exactPositivePowers() {
    var power: (high: UInt64, low: UInt64) = (0, 1)  // 5^q as a 128-bit integer
    for q in 0...55 {
      let zeros =
        power.high == 0 ? 64 + power.low.leadingZeroBitCount : power.high.leadingZeroBitCount
      let shifted =
        zeros >= 64
        ? (power.low << (zeros - 64), UInt64(0))
        : (
          (power.high << zeros) | (zeros == 0 ? 0 : power.low >> (64 - zeros)),
          power.low << zeros
        )
      #expect(entry(q) == shifted, "5^\(q)")
      if q == 55 { break }  // 5^56 needs 131 bits
      let low = power.low.multipliedFullWidth(by: 5)
      power = (power.high * 5 + low.high, low.low)
    }
  }

  @Test("holds ⌊2^b / 5^k⌋ + 1 for q = −k, 1 ≤ k ≤ 27: entry · 5^k − 2^b lies in (0, 5^k]")
  func roundedUpReciprocals() {
    var power: UInt64 = 1
    for k in 1...27 {
      power *= 5
      let (high, low) = entry(-k)
      // entry · 5^k as three words; 2^b is its top word's leading bit alone.
      let lowProduct = low.multipliedFullWidth(by: power)
      let highProduct = high.multipliedFullWidth(by: power)
      let (middle, carry) = highProduct.low.addingReportingOverflow(lowProduct.high)
      let top = highProduct.high + (carry ? 1 : 0)
      let leading = UInt64(1) << (63 - top.leadingZeroBitCount)
      // The excess over 2^b: top − leading must be 0, and (middle, low) ∈ (0, 5^k].
      #expect(top == leading, "5^-\(k)")
      #expect(middle == 0 && lowProduct.low > 0 && lowProduct.low <= power, "5^-\(k)")
    }
  }
}
