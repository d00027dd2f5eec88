import Testing

@testable import Regularization

@Suite("Huge-page hint") struct HugePagesTests {
  @Test("leaves buffers of any size and alignment usable and their contents intact")
  func harmless() {
    for count in [0, 100, (4 << 20) + 1, 9 << 20] {
      let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: count + 1, alignment: 1)
      defer { buffer.deallocate() }
      let start = buffer.baseAddress.map { $0 + 1 }  // deliberately misaligned
      HugePages.advise(start, bytes: count)
      HugePages.advise(nil, bytes: count)
      for k in stride(from: 0, to: count, by: 4096) {
        start?.storeBytes(of: UInt8(k & 0xFF), toByteOffset: k, as: UInt8.self)
      }
      for k in stride(from: 0, to: count, by: 4096) {
        #expect(start?.load(fromByteOffset: k, as: UInt8.self) == UInt8(k & 0xFF))
      }
    }
  }
}
