/// Text from the user (an argument, a file name, a column name) made safe to echo in a
/// one-line message: in quotes, with every character that is not printable (control
/// characters such as NUL or ESC, line breaks, U+FFFD from bytes that were not UTF-8)
/// written as `\u{…}`, so a binary file or a stray escape sequence cannot reach the
/// terminal raw.
public enum Quote {
  /// `"text"`, escaped.
  public static func text(_ text: String) -> String { "\"" + escaped(text) + "\"" }

  /// `'text'`, escaped (the form the option messages use).
  public static func value(_ text: String) -> String { "'" + escaped(text) + "'" }

  /// `text` with each non-printable character as `\u{hex}`.
  public static func escaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if isPrintable(scalar) {
        out.unicodeScalars.append(scalar)
      } else {
        out += "\\u{\(String(scalar.value, radix: 16))}"
      }
    }
    return out
  }

  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar != "\u{FFFD}" else { return false }
    switch scalar.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator, .unassigned, .privateUse,
      .surrogate:
      return false
    default:
      return true
    }
  }
}
