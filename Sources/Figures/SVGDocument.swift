/// A standalone SVG 1.1 document assembled from markup strings.
///
/// Elements are built by `element(_:_:content:)`, which escapes every attribute value and
/// keeps attributes in the order given, so output is byte-for-byte deterministic. The
/// document always carries `xmlns`, `width`, `height`, `viewBox`, a `<title>` and a
/// `<desc>` (referenced by `aria-labelledby` for screen readers).
struct SVGDocument {
  /// Canvas size in pixels.
  var width: Double
  var height: Double
  /// The accessible name (`<title>`) and description (`<desc>`).
  var title: String
  var description: String
  /// Markup placed inside `<defs>` (clip paths).
  var definitions: [String] = []
  /// Markup of the picture, painted in order.
  var body: [String] = []

  /// The font stack used for all text: common sans-serif faces, then the generic one.
  static let fontFamily = "Helvetica, Arial, 'DejaVu Sans', 'Liberation Sans', sans-serif"

  /// A prefix for element ids, derived from the title (FNV-1a, 32 bits), so that two
  /// figures inlined in one HTML page do not share clip-path ids.
  var idPrefix: String {
    var hash: UInt32 = 2_166_136_261
    for byte in (title + "\u{1}" + description).utf8 {
      hash = (hash ^ UInt32(byte)) &* 16_777_619
    }
    let hex = String(hash, radix: 16)
    return "fig" + String(repeating: "0", count: 8 - hex.count) + hex
  }

  /// Adds `markup` to the picture.
  mutating func append(_ markup: String) {
    body.append(markup)
  }

  /// The complete document, ending with a newline.
  func rendered() -> String {
    let w = NumberFormatting.fixed(width)
    let h = NumberFormatting.fixed(height)
    let prefix = idPrefix
    let root = [
      ("xmlns", "http://www.w3.org/2000/svg"), ("version", "1.1"), ("width", w),
      ("height", h), ("viewBox", "0 0 \(w) \(h)"), ("role", "img"),
      ("aria-labelledby", "\(prefix)-title \(prefix)-desc"),
      ("font-family", SVGDocument.fontFamily),
    ]
    var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
    lines.append("<svg" + SVGDocument.attributeString(root) + ">")
    lines.append(SVGDocument.element("title", [("id", "\(prefix)-title")], content: title))
    lines.append(SVGDocument.element("desc", [("id", "\(prefix)-desc")], content: description))
    if !definitions.isEmpty {
      lines.append("<defs>")
      lines.append(contentsOf: definitions)
      lines.append("</defs>")
    }
    lines.append(contentsOf: body)
    lines.append("</svg>")
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` escaped for XML character data and attribute values.
  ///
  /// `&`, `<`, `>`, `"` and `'` become entities; control characters that XML 1.0 forbids
  /// (U+0000–U+001F except tab, line feed and carriage return) are dropped, since no
  /// escape can make them well-formed.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      default:
        if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  /// ` name="value"` for each attribute, values escaped.
  static func attributeString(_ attributes: [(String, String)]) -> String {
    attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
  }

  /// `<name attributes>content</name>` with `content` escaped as text, or a
  /// self-closing `<name attributes/>` when `content` is `nil`.
  static func element(_ name: String, _ attributes: [(String, String)], content: String? = nil)
    -> String
  {
    let open = "<" + name + attributeString(attributes)
    guard let content else { return open + "/>" }
    return open + ">" + escape(content) + "</" + name + ">"
  }

  /// `<g attributes>` around already-built markup.
  static func group(_ attributes: [(String, String)], _ children: [String]) -> String {
    (["<g" + attributeString(attributes) + ">"] + children + ["</g>"]).joined(separator: "\n")
  }

  /// A `<text>` element for a tick label, the superscript as a raised, smaller `<tspan>`.
  static func text(_ label: TickLabel, _ attributes: [(String, String)]) -> String {
    guard let superscript = label.superscript else {
      return element("text", attributes, content: label.text)
    }
    let raised = element(
      "tspan", [("dy", "-0.6em"), ("font-size", "75%")], content: superscript)
    return "<text" + attributeString(attributes) + ">" + escape(label.text) + raised + "</text>"
  }
}
