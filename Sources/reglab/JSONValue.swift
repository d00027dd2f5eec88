/// A JSON value, written with keys in the order given (so output is byte-for-byte
/// reproducible) and numbers in Swift's shortest round-trip form.
enum JSONValue: Sendable, Equatable {
  case number(Double)
  case integer(Int)
  case string(String)
  case bool(Bool)
  case array([JSONValue])
  case object([(String, JSONValue)])

  static func == (a: JSONValue, b: JSONValue) -> Bool { a.text == b.text }

  /// An array of numbers.
  static func numbers(_ values: [Double]) -> JSONValue { .array(values.map(JSONValue.number)) }

  /// Where the first number that is not finite is, as a path such as `coefficients[3][1]`,
  /// or `nil` when every number is finite. reglab refuses to print such a result.
  var firstNonFinite: String? {
    switch self {
    case .number(let value): return value.isFinite ? nil : ""
    case .integer, .string, .bool: return nil
    case .array(let values):
      for (index, value) in values.enumerated() {
        if let inner = value.firstNonFinite { return "[\(index)]" + inner }
      }
      return nil
    case .object(let members):
      for (key, value) in members {
        if let inner = value.firstNonFinite { return key + inner }
      }
      return nil
    }
  }

  /// The compact JSON text.
  var text: String {
    var out = ""
    write(to: &out)
    return out
  }

  private func write(to out: inout String) {
    switch self {
    case .number(let value):
      // JSON has no NaN or infinity; reglab refuses such results (`firstNonFinite`), but
      // the text is valid anyway.
      out += value.isFinite ? (value == 0 ? "0" : "\(value)") : "null"
    case .integer(let value): out += "\(value)"
    case .string(let value): Self.writeString(value, to: &out)
    case .bool(let value): out += value ? "true" : "false"
    case .array(let values):
      out += "["
      for (index, value) in values.enumerated() {
        if index > 0 { out += "," }
        value.write(to: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { out += "," }
        Self.writeString(key, to: &out)
        out += ":"
        value.write(to: &out)
      }
      out += "}"
    }
  }

  private static func writeString(_ text: String, to out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
