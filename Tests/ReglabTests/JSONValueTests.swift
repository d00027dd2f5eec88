import Foundation
import Testing

@testable import reglab

@Suite("JSON values") struct JSONValueTests {
  @Test("keys keep their order; strings are escaped; numbers round-trip")
  func rendering() throws {
    let value = JSONValue.object([
      ("b", .number(0.1)), ("a", .string("q\"\\\n\u{1}é")), ("c", .numbers([1e-5, -0.0, 3])),
      ("d", .bool(false)), ("e", .integer(7)),
    ])
    #expect(
      value.text
        == "{\"b\":0.1,\"a\":\"q\\\"\\\\\\n\\u0001é\",\"c\":[1e-05,0,3.0],\"d\":false,\"e\":7}")
    let parsed = try JSONSerialization.jsonObject(with: Data(value.text.utf8)) as? [String: Any]
    #expect(parsed?["a"] as? String == "q\"\\\n\u{1}é")
    #expect(parsed?["c"] as? [Double] == [1e-5, 0, 3])
  }

  @Test("non-finite numbers become null, keeping the JSON valid")
  func nonFiniteIsNull() {
    #expect(JSONValue.numbers([.nan, .infinity]).text == "[null,null]")
  }
}
