/// Building blocks of GitHub-flavoured Markdown that are safe for any text: what a claim
/// says or measured is shown as written, never read as markup.
public enum Markdown {
  /// `text` as inline Markdown that renders as itself, on one line (line breaks become
  /// spaces).
  ///
  /// Characters that start markup are escaped: `\` `` ` `` `*` `_` `[` `]` `|` `#` `~` `$`
  /// with a backslash (`|` would end a table cell, `$` would start GitHub's math, `~`
  /// strikethrough), and `<`, `>` and `&` as HTML entities, so no tag or entity can form.
  public static func inline(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "$":
        result.append("\\")
        result.append(character)
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      case "\n", "\r", "\r\n": result.append(" ")
      default: result.append(character)
      }
    }
    return result
  }

  /// `text` as a paragraph: `inline(_:)`, and a leading `-`, `+`, `=` or `1.`/`1)` that
  /// would start a list or a heading underline is escaped too.
  public static func paragraph(_ text: String) -> String {
    let escaped = inline(text)
    guard let first = escaped.first else { return escaped }
    if first == "-" || first == "+" || first == "=" { return "\\" + escaped }
    let digits = escaped.prefix { $0.isASCII && $0.isNumber }
    let rest = escaped.dropFirst(digits.count)
    if !digits.isEmpty, let marker = rest.first, marker == "." || marker == ")" {
      return digits + "\\" + rest
    }
    return escaped
  }

  /// A relative link target: each path segment percent-encoded, except the characters
  /// RFC 3986 leaves unreserved (`A–Z a–z 0–9 - . _ ~`), and `/` kept between segments.
  public static func linkTarget(_ path: String) -> String {
    var result = ""
    for byte in path.utf8 {
      if unreserved.contains(byte) {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        result += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return result
  }

  private static let unreserved = Set(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)

  /// An inline code span holding `text`, fenced by more backticks than any run inside it.
  public static func code(_ text: String) -> String {
    let fence = String(repeating: "`", count: longestBacktickRun(text) + 1)
    let padding = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
    return fence + padding + text + padding + fence
  }

  /// A fenced code block of `lines`, fenced by at least three backticks and more than any
  /// run inside, so no line can close it early.
  public static func codeBlock(_ lines: [String], language: String = "text") -> [String] {
    let longest = lines.map(longestBacktickRun).max() ?? 0
    let fence = String(repeating: "`", count: max(3, longest + 1))
    return [fence + language] + lines + [fence]
  }

  private static func longestBacktickRun(_ text: String) -> Int {
    var longest = 0
    var run = 0
    for character in text {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    return longest
  }
}
