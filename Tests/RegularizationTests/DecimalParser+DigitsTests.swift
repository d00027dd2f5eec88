import Testing

@testable import Regularization

/// `DecimalParser.digits` from offset 0 of `text`: the value and where it stopped.
private func digitRun(_ text: String, startingWith w: UInt64 = 0) -> (w: UInt64, end: Int) {
  var text = text
  return text.withUTF8 { buffer in
    var p = 0
    var w = w
    if let base = buffer.baseAddress { DecimalParser.digits(base, &p, buffer.count, &w) }
    return (w, p)
  }
}

@Suite("Decimal parser · digit runs, eight bytes at a time") struct DecimalParserDigitsTests {
  @Test("reads runs of 0 to 19 digits, followed by anything, near the end or far from it")
  func runs() {
    for count in 0...19 {
      let run = String("1234567890123456789".prefix(count))
      for after in ["", ",", ".5", "e3", "\n1234567890", ",,,,,,,,,,,,"] {
        let result = digitRun(run + after)
        #expect(result.end == count, "\(run + after)")
        #expect(result.w == (UInt64(run) ?? 0), "\(run + after)")
      }
    }
    #expect(digitRun("34,", startingWith: 12) == (1234, 2))  // appended to what w holds
  }

  @Test("counts the digits before the first other byte, for every byte at every position")
  func leadingDigitCount() {
    for position in 0..<8 {
      for byte in 0...255 {
        var bytes = [UInt8](repeating: UInt8(ascii: "7"), count: 8)
        bytes[position] = UInt8(byte)
        let chunk = bytes.withUnsafeBytes {
          UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self))
        }
        let isDigit = (0x30...0x39).contains(byte)
        #expect(DecimalParser.leadingDigitCount(chunk) == (isDigit ? 8 : position))
      }
    }
  }

  @Test("reads eight digits at once, the first byte most significant")
  func eightDigits() {
    for text in ["00000000", "12345678", "99999999", "00000001", "10000000"] {
      let chunk = Array(text.utf8).withUnsafeBytes {
        UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self))
      }
      #expect(DecimalParser.valueOfEightDigits(chunk) == UInt64(text))
    }
  }
}
