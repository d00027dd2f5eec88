/// Text with sub- and superscripts written in a small markup, as in TeX:
///
///     "w_{j}"  → w with subscript j        "α_{max}" → α with subscript max
///     "10^{-4}" → 10 with superscript −4
///
/// Only braced groups are scripts: a `_` or `^` not followed by `{…}` is kept as it is,
/// so names such as `l1_ratio` stay plain.
/// Scripts do not nest. In SVG each script is a `<tspan>` set at 70 % of the font size
/// and shifted by `dy` (down 0.25 em for a subscript, up 0.45 em for a superscript), the
/// shift undone by the next piece of base text. `plain` is the text with the markup
/// removed but the scripts kept readable (`w_j`, `10^-4`), for CSV headers and `<desc>`.
struct RichText: Equatable, Sendable {
  /// Where a piece of text sits relative to the baseline.
  enum Position: Equatable, Sendable {
    case base, lowered, raised
  }

  /// The pieces in order.
  var pieces: [(text: String, position: Position)]

  static let scriptScale = 0.7
  static let subscriptShift = 0.25
  static let superscriptShift = 0.45

  static func == (lhs: RichText, rhs: RichText) -> Bool {
    lhs.pieces.count == rhs.pieces.count
      && zip(lhs.pieces, rhs.pieces).allSatisfy { $0.text == $1.text && $0.position == $1.position }
  }

  /// Parses `markup`.
  init(_ markup: String) {
    var pieces: [(String, Position)] = []
    var base = ""
    let characters = Array(markup)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      guard character == "_" || character == "^", index + 1 < characters.count else {
        base.append(character)
        index += 1
        continue
      }
      let position: Position = character == "_" ? .lowered : .raised
      var script = ""
      var next = index + 1
      if characters[next] == "{" {
        guard let close = characters[next...].firstIndex(of: "}") else {
          base.append(character)
          index += 1
          continue
        }
        script = String(characters[(next + 1)..<close])
        next = close + 1
      }
      guard !script.isEmpty else {
        base.append(character)
        index += 1
        continue
      }
      if !base.isEmpty { pieces.append((base, .base)) }
      base = ""
      // A hyphen in a script is a minus sign: 10^{-4}.
      pieces.append((script.replacingOccurrences(of: "-", with: NumberFormatting.minus), position))
      index = next
    }
    if !base.isEmpty || pieces.isEmpty { pieces.append((base, .base)) }
    self.pieces = pieces.map { (text: $0.0, position: $0.1) }
  }

  /// Whether any piece is a script.
  var hasScripts: Bool { pieces.contains { $0.position != .base } }

  /// The text without markup: scripts after `_` or `^`, braces only around several
  /// characters (`w_j`, `α_max`, `10^-4`), with an ASCII hyphen for the minus.
  var plain: String {
    pieces.map { piece in
      let text = piece.text.replacingOccurrences(of: NumberFormatting.minus, with: "-")
      switch piece.position {
      case .base: return text
      case .lowered: return "_" + text
      case .raised: return "^" + text
      }
    }.joined()
  }

  /// The estimated width at `fontSize`.
  func width(fontSize: Double, bold: Bool = false) -> Double {
    pieces.reduce(0) { total, piece in
      let size = piece.position == .base ? fontSize : fontSize * RichText.scriptScale
      return total + TextMetrics.width(of: piece.text, fontSize: size, bold: bold)
    }
  }

  /// The content of a `<text>` element set at `fontSize`: escaped base text and a
  /// `<tspan>` per script.
  func svgContent(fontSize: Double) -> String {
    var result = ""
    var offset = 0.0
    for piece in pieces {
      let target: Double
      switch piece.position {
      case .base: target = 0
      case .lowered: target = RichText.subscriptShift * fontSize
      case .raised: target = -RichText.superscriptShift * fontSize
      }
      let shift = target - offset
      offset = target
      let escaped = SVGDocument.escape(piece.text)
      if piece.position == .base {
        result +=
          shift == 0
          ? escaped : "<tspan dy=\"\(NumberFormatting.fixed(shift))\">" + escaped + "</tspan>"
      } else {
        result +=
          "<tspan class=\"\(piece.position == .lowered ? "sub" : "sup")\" dy=\""
          + NumberFormatting.fixed(shift) + "\" font-size=\""
          + NumberFormatting.fixed(fontSize * RichText.scriptScale) + "\">" + escaped + "</tspan>"
      }
    }
    return result
  }
}

extension SVGDocument {
  /// A `<text>` element whose content is `markup` (see `RichText`) set at `fontSize`.
  static func richText(_ markup: String, fontSize: Double, _ attributes: [(String, String)])
    -> String
  {
    let rich = RichText(markup)
    guard rich.hasScripts else { return element("text", attributes, content: markup) }
    // rsvg drops a space at the start of a <tspan> unless spaces are preserved.
    return "<text" + attributeString(attributes + [("xml:space", "preserve")]) + ">"
      + rich.svgContent(fontSize: fontSize)
      + "</text>"
  }
}

/// `markup` without sub/superscript markup (see `RichText.plain`), for CSV and `<desc>`.
func plainText(_ markup: String) -> String {
  RichText(markup).plain
}
